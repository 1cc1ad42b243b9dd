using EcFunctions.Questionnaires;

namespace EcFunctions.Synthesis;

/// <summary>The outputs written in each of the six official languages, and the names of their files.</summary>
public static class ReportLanguages
{
    /// <summary>The report's language for each official language, English first, with the questionnaires' titles in it.</summary>
    public static IReadOnlyList<ReportLanguage> Of(QuestionnaireCatalogue catalogue) =>
    [
        ReportLanguage.English,
        .. QuestionnaireLanguages.All.Where(code => code != QuestionnaireLanguages.Source)
            .Select(code => new ReportLanguage(code, ReportTitles.In(catalogue.Documents, code))),
    ];

    /// <summary>
    /// The blob of an output written in every language (the reports, the workbook) in <paramref name="language"/>:
    /// the name itself in English, which it has always been, else the language before the extension, e.g. <c>report.es.html</c>.
    /// </summary>
    public static string FileName(string output, string language) =>
        language == QuestionnaireLanguages.Source ? output : $"{Path.GetFileNameWithoutExtension(output)}.{language}{Path.GetExtension(output)}";

    /// <summary>
    /// Whether an output is written in every language: the reports, and the workbook, whose headings
    /// and choice titles a reader reads; the others hold codes and figures, the same in all.
    /// </summary>
    public static bool InEveryLanguage(string output) => output.StartsWith("report.", StringComparison.Ordinal) || output == "responses.xlsx";

    /// <summary>Every output blob of a synthesis: the language-independent ones once, the reports in every language.</summary>
    public static IEnumerable<string> AllFiles(IEnumerable<string> outputs) =>
        outputs.SelectMany(output => InEveryLanguage(output) ? QuestionnaireLanguages.All.Select(language => FileName(output, language)) : [output]);
}
