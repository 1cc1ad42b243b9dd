using System.Globalization;
using System.Text;

namespace EcFunctions.Synthesis;

/// <summary>
/// The report's section on breakdowns: for each question broken down, one table of its values by
/// region, development, UN regional group, LDC and SIDS, each cell a count and its share of the slice.
/// </summary>
internal static class ReportBreakdowns
{
    public static void Write(StringBuilder md, SynthesisDocument synthesis, ReportLanguage language)
    {
        ReportTables.Heading(md, language["breakdowns.heading"]);
        var answered = synthesis.Breakdowns.Where(question => question.Dimensions.Any(dimension => dimension.Slices.Count > 0)).ToList();
        md.Append(language[answered.Count == 0 ? "breakdowns.none" : "breakdowns.intro"]).Append("\n\n");
        foreach (var question in answered)
        {
            var kind = synthesis.Questionnaires.FirstOrDefault(entry => entry.Value.Id == question.QuestionnaireId).Key;
            md.Append("### ").Append(MarkdownTable.Cell(language.Title(question.Title)))
                .Append(kind is null ? "" : $" ({MarkdownTable.Cell(language.Kinds(kind))})").Append("\n\n");
            MarkdownTable.Write(md,
                [
                    language["breakdowns.dimension"], language["breakdowns.slice"], language["breakdowns.answered"],
                    .. question.Values.Select(value => MarkdownTable.Cell(language.Title(value.Title))),
                ],
                question.Dimensions.SelectMany(dimension => dimension.Slices.Select((slice, index) => (IReadOnlyList<string>)
                [
                    index == 0 ? language[$"breakdowns.dimension.{dimension.Dimension}"] : "",
                    dimension.Dimension == "region" ? language.Region(slice.Slice) : language[$"breakdowns.slice.{slice.Slice}"],
                    slice.Answered.ToString(CultureInfo.InvariantCulture),
                    .. slice.Counts.Select(count => language.Format(
                        "breakdowns.count", count.Count, (count.Share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%")),
                ])));
        }
    }
}
