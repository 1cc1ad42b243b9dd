using System.Text.Json;
using System.Text.RegularExpressions;

namespace EcFunctions.Questionnaires;

/// <summary>
/// The subset of JSON Schema draft-07 a questionnaire may use: the keywords <see cref="AnswerValidator"/>
/// enforces as the specification says, proven by the official JSON Schema Test Suite (vendored under
/// tests/). NJsonSchema silently ignores some keywords (const, contains, if/then/else, ...), so a
/// questionnaire using one would accept answers it means to refuse; such a schema is refused at load.
/// </summary>
public static partial class SchemaKeywords
{
    private static readonly HashSet<string> Enforced =
    [
        "type", "properties", "required", "additionalProperties", "enum", "items", "minItems", "maxItems",
        "uniqueItems", "minLength", "maxLength", "pattern", "format", "minimum", "maximum", "allOf", "anyOf",
        "oneOf", "not", "$ref",
    ];

    private static readonly HashSet<string> Annotations =
        ["$schema", "$id", "$comment", "title", "description", "definitions", "default", "examples"];

    private static readonly HashSet<string> EnforcedFormats = ["date", "email", "uri"];

    private static readonly HashSet<string> WholeNumbers = ["minLength", "maxLength", "minItems", "maxItems"];

    /// <summary>
    /// Every keyword of <paramref name="schema"/>, however deeply nested, that the validator would not
    /// enforce as written, as <c>pointer: reason</c>; empty when the schema is within the subset.
    /// </summary>
    public static IReadOnlyList<string> Unsupported(JsonElement schema) =>
        [.. Keywords(schema, "#").Where(found => !IsAllowed(found))
            .Select(found => $"{found.Pointer}: {(found.Detail.Length > 0 ? found.Detail : "not enforced by the validator")}")];

    private static bool IsAllowed((string Pointer, string Keyword, string Detail) found) =>
        found.Keyword.StartsWith("x-", StringComparison.Ordinal)
        || (Annotations.Contains(found.Keyword) && found.Detail.Length == 0)
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
            var at = $"{pointer}/{JsonPointer.Token(keyword.Name)}";
            yield return (at, keyword.Name, keyword.Name == "$id" && pointer != "#" ? NestedId : Detail(keyword));
            foreach (var child in Subschemas(keyword))
            {
                if (child.Schema.ValueKind is JsonValueKind.True or JsonValueKind.False && keyword.Name != "additionalProperties")
                {
                    yield return ($"{at}{child.Suffix}", keyword.Name, BooleanSchema);
                }

                foreach (var nested in Keywords(child.Schema, $"{at}{child.Suffix}"))
                {
                    yield return nested;
                }
            }
        }
    }

    private const string NestedId = "a nested $id (a new base URI) is not followed when references resolve";

    private const string BooleanSchema = "a boolean schema cannot be read here; write {} for true or {\"not\": {}} for false";

    private static string Detail(JsonProperty keyword) => keyword.Name switch
    {
        "items" when keyword.Value.ValueKind == JsonValueKind.Array => "the array form of items is ignored",
        "format" when keyword.Value.GetString() == "date-time" =>
            "format 'date-time' is not checked as RFC 3339 says (hour 24, minute 60 and misplaced leap seconds pass)",
        "format" when !EnforcedFormats.Contains(keyword.Value.GetString()!) => $"format '{keyword.Value}' is not checked",
        "$ref" when !IsLocal(keyword.Value.GetString()!) => $"$ref '{keyword.Value}' is not a local file or fragment",
        "$ref" when keyword.Value.GetString()!.Split('#') is [_, var fragment] && fragment.Length > 0 && !fragment.StartsWith('/') =>
            $"$ref '{keyword.Value}' names a plain-name fragment, which is not resolved; use a JSON pointer",
        _ when WholeNumbers.Contains(keyword.Name) && keyword.Value.ValueKind == JsonValueKind.Number
            && keyword.Value.GetRawText().IndexOfAny(['.', 'e', 'E']) >= 0 =>
            $"{keyword.Name} is read only when written as a whole number without fraction or exponent",
        _ => "",
    };

    // A reference with a scheme (https:, urn:) or an authority (//host) would be fetched, not read from a file.
    private static bool IsLocal(string reference) =>
        !UriScheme().IsMatch(reference) && !reference.StartsWith("//", StringComparison.Ordinal);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex UriScheme();

    private static IEnumerable<(string Suffix, JsonElement Schema)> Subschemas(JsonProperty keyword) => keyword.Name switch
    {
        "properties" or "definitions" when keyword.Value.ValueKind == JsonValueKind.Object =>
            keyword.Value.EnumerateObject().Select(p => ($"/{JsonPointer.Token(p.Name)}", p.Value)),
        "allOf" or "anyOf" or "oneOf" when keyword.Value.ValueKind == JsonValueKind.Array =>
            keyword.Value.EnumerateArray().Select((s, i) => ($"/{i}", s)),
        "items" or "additionalProperties" or "not" => [("", keyword.Value)],
        _ => [],
    };
}
