using System.Text.Json;
using EcFunctions.Questionnaires;

namespace EcFunctions.Tests.Unit.Questionnaires;

/// <summary>
/// Every published version speaks the six official languages: each language has a text for every
/// text the English has (titles, descriptions, choice titles of the schema and of the layout), no
/// other, and none still in English, except the names and codes listed in questionnaires/untranslated.json.
/// </summary>
public sealed class TranslationTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "questionnaires");

    public static TheoryData<string, string> DocumentsAndLanguages()
    {
        var data = new TheoryData<string, string>();
        foreach (var document in Documents())
        {
            foreach (var language in QuestionnaireLanguages.All.Where(language => language != QuestionnaireLanguages.Source))
            {
                data.Add(document, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(DocumentsAndLanguages))]
    public void HasExactlyTheEnglishTextsEachTranslated(string document, string language)
    {
        var file = Path.Combine(Root, $"{document}.{language}.json");
        Assert.True(File.Exists(file), $"No {language} translation of {document}.");
        var translation = Translation.Parse(File.ReadAllBytes(file), file);
        var allowed = Untranslated(language, document);

        foreach (var (section, english, translated) in new[]
        {
            ("schema", EnglishTexts(Path.Combine(Root, $"{document}.schema.json"), SchemaTexts), translation.Schema),
            ("layout", EnglishTexts(Path.Combine(Root, $"{document}.layout.json"), LayoutTexts), translation.Layout),
        })
        {
            Assert.True(english.Keys.Order(StringComparer.Ordinal).SequenceEqual(translated.Keys.Order(StringComparer.Ordinal)),
                $"{section}: missing {string.Join(", ", english.Keys.Except(translated.Keys))}; extra {string.Join(", ", translated.Keys.Except(english.Keys))}");
            var stillEnglish = english.Where(text => translated[text.Key] == text.Value && !allowed.Contains(text.Key)).Select(text => text.Key).ToList();
            Assert.True(stillEnglish.Count == 0, $"{section}: still in English: {string.Join(", ", stillEnglish)}");
            Assert.DoesNotContain(translated, text => string.IsNullOrWhiteSpace(text.Value));
        }
    }

    [Theory]
    [MemberData(nameof(DocumentsAndLanguages))]
    public void PutsEveryTextWhereTheEnglishOneIs(string document, string language)
    {
        var file = Path.Combine(Root, $"{document}.{language}.json");
        var translation = Translation.Parse(File.ReadAllBytes(file), file);

        using var translated = JsonDocument.Parse(Translation.Apply(File.ReadAllBytes(Path.Combine(Root, $"{document}.schema.json")), translation.Schema));

        Assert.Equal(translation.Schema.GetValueOrDefault("/title"), translated.RootElement.GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(null, "fr-CH, fr;q=0.9, en;q=0.8", "fr")]
    [InlineData(null, "de-DE, de;q=0.9, ar;q=0.5", "ar")]
    [InlineData(null, "en;q=0.4, zh-CN;q=0.9", "zh")]
    [InlineData(null, "de", "en")]
    [InlineData(null, "", "en")]
    [InlineData("ru", "fr", "ru")]
    [InlineData("xx", "es", "es")]
    [InlineData(null, "fr;q=0, es", "es")]
    public void ServesTheFirstOfficialLanguageAskedForElseEnglish(string? explicitLanguage, string acceptLanguage, string served)
    {
        var ranges = Microsoft.Net.Http.Headers.StringWithQualityHeaderValue.ParseList(acceptLanguage.Split(',', StringSplitOptions.RemoveEmptyEntries));

        Assert.Equal(served, QuestionnaireLanguages.Choose(explicitLanguage, ranges));
    }

    private static IEnumerable<string> Documents() =>
        Directory.EnumerateFiles(Root, "*.schema.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(Root, file)[..^".schema.json".Length].Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static HashSet<string> Untranslated(string language, string document)
    {
        using var list = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Root, "untranslated.json")));
        return list.RootElement.TryGetProperty(language, out var byDocument) && byDocument.TryGetProperty(document, out var pointers)
            ? [.. pointers.EnumerateObject().Select(pointer => pointer.Name)]
            : [];
    }

    private static Dictionary<string, string> EnglishTexts(string file, Action<JsonElement, string, Dictionary<string, string>> walk)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (File.Exists(file))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            walk(document.RootElement, "", texts);
        }

        return texts;
    }

    private static void SchemaTexts(JsonElement node, string pointer, Dictionary<string, string> texts)
    {
        if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                SchemaTexts(item, $"{pointer}/{index++}", texts);
            }
        }
        else if (node.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in node.EnumerateObject())
            {
                var at = $"{pointer}/{Escape(property.Name)}";
                if (property.Name is "title" or "description" && property.Value.ValueKind == JsonValueKind.String)
                {
                    texts[at] = property.Value.GetString()!;
                }
                else if (property.Name == "x-enumTitles")
                {
                    foreach (var title in property.Value.EnumerateObject())
                    {
                        texts[$"{at}/{Escape(title.Name)}"] = title.Value.GetString()!;
                    }
                }
                else
                {
                    SchemaTexts(property.Value, at, texts);
                }
            }
        }
    }

    private static void LayoutTexts(JsonElement node, string pointer, Dictionary<string, string> texts)
    {
        foreach (var property in node.EnumerateObject().Where(property => property.Value.ValueKind == JsonValueKind.Object))
        {
            var at = $"{pointer}/{Escape(property.Name)}";
            if (property.Name == "ui:enumNames")
            {
                foreach (var title in property.Value.EnumerateObject())
                {
                    texts[$"{at}/{Escape(title.Name)}"] = title.Value.GetString()!;
                }
            }
            else
            {
                LayoutTexts(property.Value, at, texts);
            }
        }
    }

    private static string Escape(string token) => token.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
