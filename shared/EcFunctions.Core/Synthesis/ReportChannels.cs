using System.Globalization;
using System.Text;

namespace EcFunctions.Synthesis;

/// <summary>
/// The report's Secretary-General's table (contributions by group and channel, as in A/66/77) and its
/// annex of the contributors who consented to be named, by group; no one else is named.
/// </summary>
internal static class ReportChannels
{
    public static void Markdown(StringBuilder md, SynthesisDocument synthesis, ReportLanguage language)
    {
        if (synthesis.Channels is not { } channels)
        {
            return;
        }

        md.Append("## ").Append(MarkdownTable.Cell(language["channels.heading"])).Append("\n\n");
        md.Append(language["channels.introduction"]).Append("\n\n");
        MarkdownTable.Write(md,
            [language["channels.group"], language["channels.questionnaire"], language["channels.written"], language["channels.oral"],
                language["channels.informal"], language["channels.total"]],
            [.. channels.Groups.Select(row => Cells(language[$"channels.group.{row.Group}"], row)),
                Cells($"**{language["channels.total"]}**", channels.Total)]);

        md.Append("## ").Append(MarkdownTable.Cell(language["annex.heading"])).Append("\n\n");
        md.Append(language[channels.Annex.Count > 0 ? "annex.introduction" : "annex.none"]).Append("\n\n");
        foreach (var group in channels.Annex)
        {
            md.Append("### ").Append(language[$"channels.group.{group.Group}"]).Append("\n\n");
            foreach (var name in group.Names)
            {
                md.Append("- ").Append(MarkdownTable.Cell(name)).Append('\n');
            }

            md.Append('\n');
        }
    }

    private static IReadOnlyList<string> Cells(string label, ChannelCounts row) =>
        [label, .. new[] { row.Questionnaire, row.Written, row.Oral, row.Informal, row.Total }.Select(count => count.ToString(CultureInfo.InvariantCulture))];
}
