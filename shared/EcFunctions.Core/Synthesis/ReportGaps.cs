using System.Globalization;
using System.Text;
using EcFunctions.Questionnaires;

namespace EcFunctions.Synthesis;

/// <summary>The report's section on gaps: the ranking, and the definition it follows, in the reader's language.</summary>
internal static class ReportGaps
{
    public static void Write(StringBuilder md, GapRanking gaps, IReadOnlyList<VocabularyTerm> stakeholderGroups, ReportLanguage language)
    {
        ReportTables.Heading(md, language["gaps.heading"]);
        md.Append(language.Format("gaps.definition", gaps.MemberStatesAnswered, Percent(gaps.Threshold))).Append("\n\n");
        if (gaps.Issues.Count == 0)
        {
            md.Append(language["gaps.none"]).Append("\n\n");
            return;
        }

        var groups = stakeholderGroups.Where(group => gaps.Issues.Any(issue => issue.ByStakeholderGroup.ContainsKey(group.Id))).ToList();
        MarkdownTable.Write(md,
            [
                language["gaps.rank"], language["gaps.issue"], language["gaps.memberStates"],
                .. groups.Select(group => MarkdownTable.Cell(language.Title(group.Title))),
                language["gaps.working"], language["gaps.callingItAGap"], language["gaps.gap"],
            ],
            gaps.Issues.Select(issue => (IReadOnlyList<string>)
            [
                issue.Rank.ToString(CultureInfo.InvariantCulture),
                MarkdownTable.Cell(language.Title(issue.Title)),
                Share(issue.MemberStates, language),
                .. groups.Select(group => issue.ByStakeholderGroup.TryGetValue(group.Id, out var share) ? Share(share, language) : ""),
                Working(issue, language),
                Names(issue.CallingItAGap.Named, issue.CallingItAGap.Unnamed, language),
                issue.Gap ? $"**{language["gaps.isGap"]}**" : "",
            ]));
        if (gaps.Issues.Any(issue => issue.WorkingByEarlierReport.Named.Count + issue.WorkingByEarlierReport.Unnamed > 0))
        {
            md.Append(language["gaps.earlierNote"]).Append("\n\n");
        }
    }

    // "3 of 7 (42.9%)": the count and its base stay in sight, so a share of one state reads as one state.
    private static string Share(GapShare share, ReportLanguage language) =>
        language.Format("gaps.share", share.Count, share.Answered, Percent(share.Value));

    private static string Working(IssueGap issue, ReportLanguage language) =>
        string.Join("; ", new[]
        {
            Names(issue.Working.Named, issue.Working.Unnamed, language),
            Names([.. issue.WorkingByEarlierReport.Named.Select(organisation => $"{organisation.Name}* ({organisation.CycleId})")],
                issue.WorkingByEarlierReport.Unnamed, language, "gaps.unnamedEarlier"),
        }.Where(part => part.Length > 0));

    private static string Names(IReadOnlyList<string> named, int unnamed, ReportLanguage language, string unnamedKey = "gaps.unnamed") =>
        string.Join(", ", named.Select(MarkdownTable.Cell).Concat(unnamed > 0 ? [language.Format(unnamedKey, unnamed)] : []));

    private static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
