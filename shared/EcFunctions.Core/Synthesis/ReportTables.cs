using System.Globalization;
using System.Text;
using EcFunctions.Attachments;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;

namespace EcFunctions.Synthesis;

/// <summary>The report's opening and its tables, written from the finished <see cref="SynthesisDocument"/> in one language.</summary>
internal static class ReportTables
{
    public static string Markdown(
        SynthesisDocument synthesis, IReadOnlyList<VocabularyTerm> groups, IReadOnlyList<VocabularyTerm> levels,
        IReadOnlyDictionary<string, string> questionnaireTitles, Attributions attributions, ReportLanguage language)
    {
        var md = new StringBuilder();
        var registered = synthesis.ResponseRate.Sum(rate => rate.Registered);
        string[] kinds = [.. RespondentKind.All.Select(language.Kinds)];
        md.Append("# ").Append(MarkdownTable.Cell(language.Format("title", synthesis.CycleId))).Append("\n\n");
        md.Append(language.Format("opening.responses", synthesis.Responses, registered)).Append(' ');
        md.Append(language.Format("opening.questionnaires", string.Join("; ", synthesis.Questionnaires.Select(entry =>
                language.Format("opening.questionnaire", MarkdownTable.Cell(language.Title(questionnaireTitles[entry.Value.Id])), entry.Value.Version, language.Kind(entry.Key))))))
            .Append(' ').Append(language["opening.consent"]).Append("\n\n");

        Heading(md, language["contributions.heading"]);
        MarkdownTable.Write(md, [language["contributions.group"], .. kinds, language["total"]],
            [.. synthesis.Contributions.Select(row => Cells(MarkdownTable.Cell(language.Title(row.Title)), row.MemberStates, row.Organisations, row.OtherStakeholders, row.Total)),
                Cells($"**{language["total"]}**", synthesis.Contributions.Sum(r => r.MemberStates), synthesis.Contributions.Sum(r => r.Organisations),
                    synthesis.Contributions.Sum(r => r.OtherStakeholders), synthesis.Responses)]);

        Heading(md, language["regions.heading"]);
        MarkdownTable.Write(md, [language["regions.region"], .. kinds, language["total"]],
            synthesis.Regions.Select(row => Cells(language.Region(row.Region), row.MemberStates, row.Organisations, row.OtherStakeholders, row.Total)));
        md.Append(language.Format("regions.development", synthesis.MemberStatesByDevelopment.Developing, synthesis.MemberStatesByDevelopment.Developed)).Append("\n\n");

        Heading(md, language["rate.heading"]);
        MarkdownTable.Write(md, [language["rate.kind"], language["rate.registered"], language["rate.responded"], language["rate.rate"]],
            synthesis.ResponseRate.Select(rate => (IReadOnlyList<string>)[language.Kind(rate.Kind), Number(rate.Registered), Number(rate.Responded),
                (rate.Rate * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%"]));

        Heading(md, language["issues.heading"]);
        MarkdownTable.Write(md, [language["issues.issue"], language["issues.level"], language["issues.organisations"]],
            synthesis.IssueOrganisations.Select(issue => (IReadOnlyList<string>)[
                MarkdownTable.Cell(language.Title(issue.Title)),
                MarkdownTable.Cell(language.Title(levels.FirstOrDefault(level => level.Id == issue.Level)?.Title ?? issue.Level)),
                Organisations(issue, language)]));

        ReportGaps.Write(md, synthesis.Gaps, groups, language);
        ReportBreakdowns.Write(md, synthesis, language);

        Heading(md, language["positions.heading"]);
        foreach (var position in synthesis.Positions)
        {
            Tally(md, position, groups, questionnaireTitles, language);
        }

        Heading(md, language["questions.heading"]);
        foreach (var question in synthesis.Questions)
        {
            Tally(md, question, groups, questionnaireTitles, language);
        }

        if (synthesis.Attachments.Count > 0)
        {
            Heading(md, language["attachments.heading"]);
            md.Append(language["attachments.introduction"]).Append("\n\n");
            MarkdownTable.Write(md,
                [language["attachments.respondent"], language["attachments.file"], language["attachments.title"], language["attachments.type"], language["attachments.size"]],
                synthesis.Attachments.Where(respondent => !attributions.Of(respondent.RespondentId).Withheld)
                    .OrderBy(respondent => attributions.Of(respondent.RespondentId).Key, StringComparer.Ordinal)
                    .SelectMany(respondent => respondent.Files.Select(file => (IReadOnlyList<string>)
                [
                    MarkdownTable.Cell(attributions.Of(respondent.RespondentId).Label(language)),
                    attributions.Of(respondent.RespondentId).Named ? MarkdownTable.Cell(file.FileName) : language["attachments.notNamed"],
                    attributions.Of(respondent.RespondentId).Named ? MarkdownTable.Cell(file.Title ?? "") : "",
                    AttachmentTypes.Extensions[file.MediaType].TrimStart('.').ToUpperInvariant(),
                    Math.Ceiling(file.Size / 1024d).ToString(CultureInfo.InvariantCulture),
                ])));
        }

        ReportChannels.Markdown(md, synthesis, language);
        Heading(md, language["freeText.heading"]);
        md.Append(language.Format("freeText.introduction", synthesis.FreeTextAnswers)).Append("\n\n");
        return md.ToString();
    }

    /// <summary>A heading of the report's second level.</summary>
    internal static void Heading(StringBuilder md, string heading) => md.Append("## ").Append(MarkdownTable.Cell(heading)).Append("\n\n");

    private static void Tally(
        StringBuilder md, QuestionTally question, IReadOnlyList<VocabularyTerm> groups, IReadOnlyDictionary<string, string> questionnaireTitles, ReportLanguage language)
    {
        md.Append("### ").Append(MarkdownTable.Cell(language.Title(question.Title))).Append("\n\n*")
            .Append(MarkdownTable.Cell(language.Title(questionnaireTitles[question.QuestionnaireId]))).Append("*. ")
            .Append(language.Format(question.Multiple ? "question.answeredMultiple" : "question.answered", question.Answered)).Append("\n\n");
        MarkdownTable.Write(md, [language["question.answer"], language["total"], .. groups.Select(group => MarkdownTable.Cell(language.Title(group.Title)))],
            question.Tallies.Select(tally => (IReadOnlyList<string>)
                [MarkdownTable.Cell(Choice(tally, language)), Number(tally.Total),
                    .. groups.Select(group => Number(tally.ByStakeholderGroup[group.Id]))]));
    }

    // "None", "Yes" and "No" are the report's words: the synthesis gives them to choices no questionnaire titles.
    private static string Choice(ValueTally tally, ReportLanguage language) => (tally.Value, tally.Title) switch
    {
        (SynthesisPaths.None, _) => language["none"],
        ("true", "Yes") => language["yes"],
        ("false", "No") => language["no"],
        _ => language.Title(tally.Title),
    };

    private static string Organisations(IssueCoverage issue, ReportLanguage language) =>
        string.Join(", ", issue.Organisations.Select(MarkdownTable.Cell)
            .Concat(issue.UnnamedOrganisations > 0 ? [language.Format("issues.unnamed", issue.UnnamedOrganisations)] : []));

    private static IReadOnlyList<string> Cells(string label, params int[] numbers) => [label, .. numbers.Select(Number)];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
