using System.Globalization;
using System.Text;
using EcFunctions.Attachments;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;

namespace EcFunctions.Synthesis;

/// <summary>The report's opening and its tables, written from the finished <see cref="SynthesisDocument"/>.</summary>
internal static class ReportTables
{
    private static readonly string[] Kinds = [.. RespondentKind.All.Select(kind => ReportLabels.Kind(kind) + "s")];

    public static string Markdown(
        SynthesisDocument synthesis, IReadOnlyList<VocabularyTerm> groups, IReadOnlyList<VocabularyTerm> levels,
        IReadOnlyDictionary<string, string> questionnaireTitles, Attributions attributions)
    {
        var md = new StringBuilder();
        var registered = synthesis.ResponseRate.Sum(rate => rate.Registered);
        md.Append(CultureInfo.InvariantCulture, $"# Enhanced cooperation: synthesis of the {synthesis.CycleId} reporting cycle\n\n");
        md.Append(CultureInfo.InvariantCulture, $"{synthesis.Responses} responses from {registered} registered respondents. ");
        md.Append("Questionnaires: ")
            .AppendJoin("; ", synthesis.Questionnaires.Select(entry =>
                $"{MarkdownTable.Cell(questionnaireTitles[entry.Value.Id])}, version {entry.Value.Version} ({ReportLabels.Kind(entry.Key)})"))
            .Append(". Answers are quoted with the respondent's name only where it consented to be cited. The others are ")
            .Append("attributed to their stakeholder group and region only where enough respondents there declined to be named ")
            .Append("that none can be told apart, otherwise to their group alone or to no group; the files they attached are counted, ")
            .Append("not named.\n\n");

        md.Append("## Contributions by stakeholder group and respondent kind\n\n");
        MarkdownTable.Write(md, ["Stakeholder group", .. Kinds, "Total"],
            [.. synthesis.Contributions.Select(row => Cells(row.Title, row.MemberStates, row.Organisations, row.OtherStakeholders, row.Total)),
                Cells("**Total**", synthesis.Contributions.Sum(r => r.MemberStates), synthesis.Contributions.Sum(r => r.Organisations),
                    synthesis.Contributions.Sum(r => r.OtherStakeholders), synthesis.Responses)]);

        md.Append("## Contributions by region\n\n");
        MarkdownTable.Write(md, ["Region", .. Kinds, "Total"],
            synthesis.Regions.Select(row => Cells(ReportLabels.Region(row.Region), row.MemberStates, row.Organisations, row.OtherStakeholders, row.Total)));
        md.Append("Member States' responses: ")
            .Append(CultureInfo.InvariantCulture, $"{synthesis.MemberStatesByDevelopment.Developing} from developing countries, ")
            .Append(CultureInfo.InvariantCulture, $"{synthesis.MemberStatesByDevelopment.Developed} from developed countries.\n\n");

        md.Append("## Response rate\n\n");
        MarkdownTable.Write(md, ["Respondent kind", "Registered", "Responded", "Rate"],
            synthesis.ResponseRate.Select(rate => (IReadOnlyList<string>)[ReportLabels.Kind(rate.Kind), Number(rate.Registered), Number(rate.Responded),
                (rate.Rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"]));
        md.Append("## Issues and the organisations working on them\n\n");
        MarkdownTable.Write(md, ["Issue", "Level", "Organisations"],
            synthesis.IssueOrganisations.Select(issue => (IReadOnlyList<string>)[MarkdownTable.Cell(issue.Title), MarkdownTable.Cell(levels.FirstOrDefault(level => level.Id == issue.Level)?.Title ?? issue.Level), Organisations(issue)]));

        md.Append("## Gaps\n\nIssues Member States call not adequately addressed by existing mechanisms, against the organisations ")
            .Append(CultureInfo.InvariantCulture, $"that report working on them; at most {SynthesisPaths.FewOrganisations} organisation makes a gap.\n\n");
        MarkdownTable.Write(md, ["Issue", "Member States", "Organisations", "Gap"],
            synthesis.Gaps.Select(gap => (IReadOnlyList<string>)[MarkdownTable.Cell(gap.Title), Number(gap.MemberStates), Number(gap.Organisations), gap.Gap ? "**yes**" : "no"]));

        md.Append("## Positions on how to implement enhanced cooperation\n\n");
        foreach (var position in synthesis.Positions)
        {
            Tally(md, position, groups, questionnaireTitles);
        }

        md.Append("## Closed-choice questions\n\n");
        foreach (var question in synthesis.Questions)
        {
            Tally(md, question, groups, questionnaireTitles);
        }

        if (synthesis.Attachments.Count > 0)
        {
            md.Append("## Attachments\n\nFiles the respondents attached to their answers; the secretariat downloads them from the API.\n\n");
            MarkdownTable.Write(md, ["Respondent", "File", "Title", "Type", "Size (KiB)"],
                synthesis.Attachments.Where(respondent => !attributions.Of(respondent.RespondentId).Withheld)
                    .OrderBy(respondent => attributions.Of(respondent.RespondentId).Key, StringComparer.Ordinal)
                    .SelectMany(respondent => respondent.Files.Select(file => (IReadOnlyList<string>)
                [
                    MarkdownTable.Cell(respondent.Attribution),
                    attributions.Of(respondent.RespondentId).Named ? MarkdownTable.Cell(file.FileName) : "(not named)",
                    attributions.Of(respondent.RespondentId).Named ? MarkdownTable.Cell(file.Title ?? "") : "",
                    AttachmentTypes.Extensions[file.MediaType].TrimStart('.').ToUpperInvariant(),
                    Math.Ceiling(file.Size / 1024d).ToString(CultureInfo.InvariantCulture),
                ])));
        }

        md.Append(CultureInfo.InvariantCulture, $"## Free-text answers\n\n{synthesis.FreeTextAnswers} answers, by question and then by stakeholder group, each with the language it was written in.\n\n");
        return md.ToString();
    }

    private static void Tally(StringBuilder md, QuestionTally question, IReadOnlyList<VocabularyTerm> groups, IReadOnlyDictionary<string, string> questionnaireTitles)
    {
        md.Append(CultureInfo.InvariantCulture, $"### {MarkdownTable.Cell(question.Title)}\n\n*{MarkdownTable.Cell(questionnaireTitles[question.QuestionnaireId])}*. ");
        md.Append(CultureInfo.InvariantCulture, $"{question.Answered} answered{(question.Multiple ? "; several answers allowed" : "")}.\n\n");
        MarkdownTable.Write(md, ["Answer", "Total", .. groups.Select(group => group.Title)],
            question.Tallies.Select(tally => (IReadOnlyList<string>)
                [MarkdownTable.Cell(tally.Title), Number(tally.Total), .. groups.Select(group => Number(tally.ByStakeholderGroup[group.Id]))]));
    }

    private static string Organisations(IssueCoverage issue) =>
        string.Join(", ", issue.Organisations.Select(MarkdownTable.Cell)
            .Concat(issue.UnnamedOrganisations > 0 ? [$"{issue.UnnamedOrganisations} not named"] : []));

    private static IReadOnlyList<string> Cells(string label, params int[] numbers) => [label, .. numbers.Select(Number)];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

}
