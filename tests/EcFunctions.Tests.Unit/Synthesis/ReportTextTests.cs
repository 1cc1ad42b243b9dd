using System.Text.Json;
using System.Text.RegularExpressions;
using EcFunctions.Questionnaires;
using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

/// <summary>
/// Every part of the report's words (<c>Synthesis/Text/&lt;part&gt;.&lt;language&gt;.json</c>, any part a
/// branch adds) is written in all six official languages: the English keys exactly, the same
/// placeholders, no empty text, and no English left untranslated.
/// </summary>
public sealed partial class ReportTextTests
{
    private const string Prefix = "ReportText/";

    /// <summary>
    /// Texts a translation rightly writes as the English does: words the languages share, and texts
    /// that hold no words beside their placeholders (numbering, brackets). Anything else equal to the English is an untranslated copy.
    /// </summary>
    private static readonly HashSet<(string Language, string Text)> SameAsEnglish =
    [
        ("es", "Total"), ("fr", "Total"), ("es", "No"), ("es", "Asia"), ("fr", "Europe"),
        ("fr", "Organisation"), ("fr", "Organisations"), ("fr", "{0}, version {1} ({2})"),
    ];

    public static TheoryData<string> Parts() => [.. Files().Select(file => file.Part).Distinct()];

    [Theory]
    [MemberData(nameof(Parts))]
    public void EveryPartIsCompleteInEveryOfficialLanguage(string part)
    {
        var english = Read(part, QuestionnaireLanguages.Source);
        foreach (var language in QuestionnaireLanguages.All.Where(language => language != QuestionnaireLanguages.Source))
        {
            Assert.True(Files().Contains((part, language)), $"{part}.{language}.json is missing.");
            var translated = Read(part, language);
            Assert.Equal(english.Keys.Order(StringComparer.Ordinal), translated.Keys.Order(StringComparer.Ordinal));
            foreach (var (key, text) in translated)
            {
                Assert.False(string.IsNullOrWhiteSpace(text), $"{part}.{language}.json: '{key}' is empty.");
                Assert.True(Placeholders(english[key]).SetEquals(Placeholders(text)), $"{part}.{language}.json: '{key}' has other placeholders than the English.");
                Assert.False(text == english[key] && !SameAsEnglish.Contains((language, text)) && Placeholder().Replace(text, "").Any(char.IsLetter),
                    $"{part}.{language}.json: '{key}' is the English text.");
            }
        }
    }

    [Fact]
    public void TheReportIsAPart() => Assert.Contains(("report", QuestionnaireLanguages.Source), Files());

    private static IReadOnlyList<(string Part, string Language)> Files() =>
        [.. typeof(ReportLanguage).Assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(name => name[Prefix.Length..^".json".Length].Split('.'))
            .Select(parts => (parts[0], parts[1]))];

    private static Dictionary<string, string> Read(string part, string language)
    {
        using var stream = typeof(ReportLanguage).Assembly.GetManifestResourceStream($"{Prefix}{part}.{language}.json")!;
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(match => match.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
