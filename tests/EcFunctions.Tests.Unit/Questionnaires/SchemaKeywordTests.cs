using System.Text.Json;

namespace EcFunctions.Tests.Unit.Questionnaires;

/// <summary>
/// NJsonSchema's validator silently ignores some JSON Schema keywords (const, contains,
/// if/then/else, dependentRequired, unevaluatedProperties, prefixItems, ...). A questionnaire that
/// used one would accept answers it means to refuse, so only the keywords it enforces are allowed.
/// </summary>
public sealed class SchemaKeywordTests
{
    private static readonly HashSet<string> Enforced =
    [
        "type", "properties", "required", "additionalProperties", "enum", "items", "minItems", "maxItems",
        "uniqueItems", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "allOf", "anyOf",
        "oneOf", "not", "$ref",
    ];

    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "title", "description", "definitions", "default", "examples"];

    private static readonly HashSet<string> EnforcedFormats = ["date", "date-time", "email", "uri"];

    public static TheoryData<string> SchemaFiles() =>
        [.. Directory.EnumerateFiles(QuestionnairesFolder(), "*.schema.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(QuestionnairesFolder(), file))];

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void UsesOnlyKeywordsTheValidatorEnforces(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(QuestionnairesFolder(), file)));

        var offending = Offending(schema.RootElement);

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
            Offending(schema.RootElement).Select(found => found.Split(':')[0]));
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void TitlesAndDescribesEveryPropertyAndDefinition(string file)
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(QuestionnairesFolder(), file)));

        var undescribed = Keywords(schema.RootElement, "#")
            .Where(found => found.Keyword is "properties" or "definitions")
            .SelectMany(found => NamedSchemas(schema.RootElement, found.Pointer))
            .Where(named => !named.Schema.TryGetProperty("title", out _) || !named.Schema.TryGetProperty("description", out _))
            .Select(named => named.Pointer)
            .ToList();

        Assert.True(undescribed.Count == 0, "Without title or description: " + string.Join(", ", undescribed));
    }

    private static List<string> Offending(JsonElement schema) =>
        [.. Keywords(schema, "#").Where(found => !IsAllowed(found))
            .Select(found => $"{found.Pointer}: {(found.Detail.Length > 0 ? found.Detail : "not enforced by the validator")}")];

    private static IEnumerable<(string Pointer, JsonElement Schema)> NamedSchemas(JsonElement root, string pointer)
    {
        var container = pointer.Split('/').Skip(1).Aggregate(root, (element, segment) =>
            element.ValueKind == JsonValueKind.Array ? element[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] : element.GetProperty(segment));
        return container.EnumerateObject().Select(named => ($"{pointer}/{named.Name}", named.Value));
    }

    [Fact]
    public void EveryQuestionnaireFolderHoldsVersionedSchemas() =>
        Assert.All(Directory.EnumerateDirectories(QuestionnairesFolder()), folder =>
            Assert.NotEmpty(Directory.EnumerateFiles(folder, "*.schema.json")));

    private static bool IsAllowed((string Pointer, string Keyword, string Detail) found) =>
        found.Keyword.StartsWith("x-", StringComparison.Ordinal)
        || Annotations.Contains(found.Keyword)
        || (Enforced.Contains(found.Keyword) && found.Detail.Length == 0);

    /// <summary>Every keyword of every schema object, with a detail when its value is itself unsupported.</summary>
    private static IEnumerable<(string Pointer, string Keyword, string Detail)> Keywords(JsonElement schema, string pointer)
    {
        if (schema.ValueKind != JsonValueKind.Object)
        {
            yield break;
        }

        foreach (var keyword in schema.EnumerateObject())
        {
            var at = $"{pointer}/{keyword.Name}";
            yield return (at, keyword.Name, Detail(keyword));
            foreach (var child in Subschemas(keyword))
            {
                foreach (var nested in Keywords(child.Schema, $"{at}{child.Suffix}"))
                {
                    yield return nested;
                }
            }
        }
    }

    private static string Detail(JsonProperty keyword) => keyword.Name switch
    {
        "items" when keyword.Value.ValueKind == JsonValueKind.Array => "the array form of items is ignored",
        "format" when !EnforcedFormats.Contains(keyword.Value.GetString()!) => $"format '{keyword.Value}' is not checked",
        "$ref" when !IsLocal(keyword.Value.GetString()!) => $"$ref '{keyword.Value}' is not a local file or fragment",
        _ => "",
    };

    private static bool IsLocal(string reference) =>
        !reference.Contains("://", StringComparison.Ordinal) && !reference.StartsWith("//", StringComparison.Ordinal);

    private static IEnumerable<(string Suffix, JsonElement Schema)> Subschemas(JsonProperty keyword) => keyword.Name switch
    {
        "properties" or "definitions" => keyword.Value.EnumerateObject().Select(p => ($"/{p.Name}", p.Value)),
        "allOf" or "anyOf" or "oneOf" => keyword.Value.EnumerateArray().Select((s, i) => ($"/{i}", s)),
        "items" or "additionalProperties" or "not" => [("", keyword.Value)],
        _ => [],
    };

    private static string QuestionnairesFolder() => Path.Combine(AppContext.BaseDirectory, "questionnaires");
}
