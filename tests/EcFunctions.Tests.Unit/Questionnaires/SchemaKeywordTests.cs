using System.Text.Json;
using EcFunctions.Questionnaires;

namespace EcFunctions.Tests.Unit.Questionnaires;

/// <summary>The questionnaires stay within <see cref="SchemaKeywords"/>, and the rule finds what is outside it.</summary>
public sealed class SchemaKeywordTests
{
    public static TheoryData<string> SchemaFiles() =>
        [.. Directory.EnumerateFiles(QuestionnairesFolder(), "*.schema.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(QuestionnairesFolder(), file))];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void UsesOnlyKeywordsTheValidatorEnforces(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(QuestionnairesFolder(), file)));

        var offending = SchemaKeywords.Unsupported(schema.RootElement);

        Assert.True(offending.Count == 0, string.Join(Environment.NewLine, offending));
    }

    [Fact]
    public void FindsIgnoredKeywordsWhereverTheyAreNested()
    {
        using var schema = JsonDocument.Parse("""
            {
              "type": "object",
              "definitions": { "a": { "const": 1 } },
              "properties": {
                "list": { "type": "array", "items": [{ "type": "string" }], "contains": { "type": "string" } },
                "site": { "type": "string", "format": "hostname" },
                "remote": { "$ref": "https://example.org/schema.json" },
                "choice": { "oneOf": [{ "if": {}, "then": {} }] }
              },
              "additionalProperties": { "unevaluatedProperties": false }
            }
            """);

        Assert.Equal(
            [
                "#/definitions/a/const", "#/properties/list/items", "#/properties/list/contains",
                "#/properties/site/format", "#/properties/remote/$ref", "#/properties/choice/oneOf/0/if",
                "#/properties/choice/oneOf/0/then", "#/additionalProperties/unevaluatedProperties",
            ],
            SchemaKeywords.Unsupported(schema.RootElement).Select(found => found.Split(':')[0]));
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void TitlesAndDescribesEveryPropertyAndDefinition(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(QuestionnairesFolder(), file)));

        var undescribed = NamedSchemas(schema.RootElement, "#")
            .Where(named => !named.Schema.TryGetProperty("title", out _) || !named.Schema.TryGetProperty("description", out _))
            .Select(named => named.Pointer)
            .ToList();

        Assert.True(undescribed.Count == 0, "Without title or description: " + string.Join(", ", undescribed));
    }

    /// <summary>Every schema named under <c>properties</c> or <c>definitions</c>, at any depth.</summary>
    private static IEnumerable<(string Pointer, JsonElement Schema)> NamedSchemas(JsonElement schema, string pointer) =>
        schema.ValueKind switch
        {
            JsonValueKind.Object => schema.EnumerateObject().SelectMany(keyword =>
                keyword.Name is "properties" or "definitions"
                    ? keyword.Value.EnumerateObject().SelectMany(named =>
                        NamedSchemas(named.Value, $"{pointer}/{keyword.Name}/{named.Name}").Prepend(($"{pointer}/{keyword.Name}/{named.Name}", named.Value)))
                    : NamedSchemas(keyword.Value, $"{pointer}/{keyword.Name}")),
            JsonValueKind.Array => schema.EnumerateArray().SelectMany((item, index) => NamedSchemas(item, $"{pointer}/{index}")),
            _ => [],
        };

    [Fact]
    public void EveryQuestionnaireFolderHoldsVersionedSchemas() =>
        Assert.All(Directory.EnumerateDirectories(QuestionnairesFolder()), folder =>
            Assert.NotEmpty(Directory.EnumerateFiles(folder, "*.schema.json")));

    private static string QuestionnairesFolder() => Path.Combine(AppContext.BaseDirectory, "questionnaires");
}
