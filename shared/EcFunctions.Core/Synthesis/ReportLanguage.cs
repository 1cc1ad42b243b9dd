using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using EcFunctions.Questionnaires;

namespace EcFunctions.Synthesis;

/// <summary>
/// The language a report is written in: its own words (headings, table titles, sentences), read from
/// the JSON files <c>Synthesis/Text/&lt;part&gt;.&lt;language&gt;.json</c> embedded in this assembly so
/// translators edit text, not code; and the questionnaires' titles (questions, choices, vocabulary)
/// in that language, looked up by their English text.
/// </summary>
public sealed class ReportLanguage
{
    private const string ResourcePrefix = "ReportText/";

    private static readonly FrozenDictionary<string, string> EnglishWords = Words(QuestionnaireLanguages.Source);

    private readonly FrozenDictionary<string, string> words;
    private readonly IReadOnlyDictionary<string, string> titles;

    /// <summary>The report's language when none is asked for.</summary>
    public static ReportLanguage English { get; } = new(QuestionnaireLanguages.Source, new Dictionary<string, string>());

    /// <param name="code">An official language's code, e.g. <c>es</c>.</param>
    /// <param name="titles">The questionnaires' titles in that language, by their English text.</param>
    public ReportLanguage(string code, IReadOnlyDictionary<string, string> titles)
    {
        Code = code;
        words = code == QuestionnaireLanguages.Source ? EnglishWords : Words(code);
        this.titles = titles;
    }

    /// <summary>The language's code, e.g. <c>es</c>.</summary>
    public string Code { get; }

    /// <summary>
    /// One of the report's own texts. A text the language lacks is given in English rather than not at
    /// all; a test holds every language complete.
    /// </summary>
    public string this[string key] => words.GetValueOrDefault(key) ?? EnglishWords.GetValueOrDefault(key)
        ?? throw new KeyNotFoundException($"The report has no text '{key}'.");

    /// <summary>One of the report's texts with its <c>{0}</c>, <c>{1}</c>... filled in; numbers as digits, without separators of thousands.</summary>
    public string Format(string key, params object[] values) => string.Format(CultureInfo.InvariantCulture, this[key], values);

    /// <summary>
    /// A questionnaire's title (a question, a choice, a term) in this language, or as written where it has
    /// no translation. A question's title after its sections' ("Section: Question") is put together from theirs.
    /// </summary>
    public string Title(string english) =>
        titles.TryGetValue(english, out var title) ? title
        : english.Contains(QuestionnaireFields.TitleSeparator, StringComparison.Ordinal)
            ? string.Join(QuestionnaireFields.TitleSeparator, english.Split(QuestionnaireFields.TitleSeparator).Select(part => titles.GetValueOrDefault(part, part)))
            : english;

    /// <summary>A respondent kind's title, e.g. "Member State".</summary>
    public string Kind(string kind) => this[$"kind.{kind}"];

    /// <summary>A respondent kind's title in the plural, as a column heading, e.g. "Member States".</summary>
    public string Kinds(string kind) => this[$"kinds.{kind}"];

    /// <summary>A region's title, e.g. "Americas"; an unknown one as it is written.</summary>
    public string Region(string region) => words.GetValueOrDefault($"region.{region}") ?? EnglishWords.GetValueOrDefault($"region.{region}") ?? region;

    /// <summary>A language's name as readers of this one say it; a language without a name here by its code.</summary>
    public string LanguageName(string code) =>
        words.GetValueOrDefault($"language.{code}") ?? EnglishWords.GetValueOrDefault($"language.{code}") ?? Format("language.other", code);

    /// <summary>The keys and texts of one language's files, for the test that holds them complete.</summary>
    internal static FrozenDictionary<string, string> Words(string code)
    {
        var assembly = typeof(ReportLanguage).Assembly;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(name =>
            name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith($".{code}.json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var document = JsonDocument.Parse(stream);
            foreach (var text in document.RootElement.EnumerateObject())
            {
                if (!texts.TryAdd(text.Name, text.Value.GetString()!))
                {
                    throw new InvalidDataException($"The report text '{text.Name}' is in two files of '{code}'.");
                }
            }
        }

        return texts.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
