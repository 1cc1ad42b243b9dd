using System.Text;
using System.Text.Json;
using EcFunctions.Questionnaires;
using EcFunctions.Responses;

namespace EcFunctions.Tests.Unit.Questionnaires;

/// <summary>
/// Holds answer validation to the JSON Schema specification with its official test suite (draft-07,
/// vendored in JsonSchemaTestSuite/ with its licence): the files of every keyword and format a
/// questionnaire may use. Each case's schema is loaded as a questionnaire version is, and each datum
/// goes the way an answer goes (<see cref="AnswerText"/>, then <see cref="AnswerValidator"/>). A group
/// whose schema the keyword-subset rule refuses is listed in <see cref="Refused"/> with why.
/// </summary>
public sealed class JsonSchemaTestSuiteTests
{
    private static readonly string Suite = Path.Combine(AppContext.BaseDirectory, "Questionnaires", "JsonSchemaTestSuite");

    /// <summary>"file: group" of the groups the rule refuses, and the part of its reason that says why.</summary>
    private static readonly Dictionary<string, string> Refused = new(StringComparer.Ordinal)
    {
        ["draft7/additionalProperties.json: additionalProperties being false does not allow other properties"] = "patternProperties: not enforced",
        ["draft7/additionalProperties.json: non-ASCII pattern with additionalProperties"] = "patternProperties: not enforced",
        ["draft7/allOf.json: allOf combined with anyOf, oneOf"] = "multipleOf: not enforced",
        ["draft7/allOf.json: allOf with boolean schemas, all false"] = "a boolean schema",
        ["draft7/allOf.json: allOf with boolean schemas, all true"] = "a boolean schema",
        ["draft7/allOf.json: allOf with boolean schemas, some false"] = "a boolean schema",
        ["draft7/anyOf.json: anyOf with boolean schemas, all false"] = "a boolean schema",
        ["draft7/anyOf.json: anyOf with boolean schemas, all true"] = "a boolean schema",
        ["draft7/anyOf.json: anyOf with boolean schemas, some true"] = "a boolean schema",
        ["draft7/definitions.json: validate definition against metaschema"] = "is not a local file",
        ["draft7/format.json: date-time format"] = "'date-time' is not checked as RFC 3339",
        ["draft7/format.json: hostname format"] = "is not checked",
        ["draft7/format.json: idn-email format"] = "is not checked",
        ["draft7/format.json: idn-hostname format"] = "is not checked",
        ["draft7/format.json: ipv4 format"] = "is not checked",
        ["draft7/format.json: ipv6 format"] = "is not checked",
        ["draft7/format.json: iri format"] = "is not checked",
        ["draft7/format.json: iri-reference format"] = "is not checked",
        ["draft7/format.json: json-pointer format"] = "is not checked",
        ["draft7/format.json: regex format"] = "is not checked",
        ["draft7/format.json: relative-json-pointer format"] = "is not checked",
        ["draft7/format.json: time format"] = "is not checked",
        ["draft7/format.json: uri-reference format"] = "is not checked",
        ["draft7/format.json: uri-template format"] = "is not checked",
        ["draft7/items.json: an array of schemas for items"] = "the array form of items",
        ["draft7/items.json: array-form items with null instance elements"] = "the array form of items",
        ["draft7/items.json: items and subitems"] = "additionalItems: not enforced",
        ["draft7/items.json: items with boolean schema (false)"] = "a boolean schema",
        ["draft7/items.json: items with boolean schema (true)"] = "a boolean schema",
        ["draft7/items.json: items with boolean schemas"] = "the array form of items",
        ["draft7/maxItems.json: maxItems validation with a decimal"] = "as a whole number",
        ["draft7/maxLength.json: maxLength validation with a decimal"] = "as a whole number",
        ["draft7/minItems.json: minItems validation with a decimal"] = "as a whole number",
        ["draft7/minLength.json: minLength validation with a decimal"] = "as a whole number",
        ["draft7/not.json: allow everything with boolean schema false"] = "a boolean schema",
        ["draft7/not.json: forbid everything with boolean schema true"] = "a boolean schema",
        ["draft7/oneOf.json: oneOf with boolean schemas, all false"] = "a boolean schema",
        ["draft7/oneOf.json: oneOf with boolean schemas, all true"] = "a boolean schema",
        ["draft7/oneOf.json: oneOf with boolean schemas, more than one true"] = "a boolean schema",
        ["draft7/oneOf.json: oneOf with boolean schemas, one true"] = "a boolean schema",
        ["draft7/oneOf.json: oneOf with missing optional property"] = "a boolean schema",
        ["draft7/optional/ecmascript-regex.json: \\d in patternProperties matches [0-9], not unicode digits"] = "patternProperties: not enforced",
        ["draft7/optional/ecmascript-regex.json: \\w in patternProperties matches [A-Za-z0-9_], not unicode letters"] = "patternProperties: not enforced",
        ["draft7/optional/ecmascript-regex.json: patternProperties with ASCII ranges"] = "patternProperties: not enforced",
        ["draft7/optional/ecmascript-regex.json: patternProperties with non-ASCII digits"] = "patternProperties: not enforced",
        ["draft7/optional/ecmascript-regex.json: patterns always use unicode semantics with patternProperties"] = "patternProperties: not enforced",
        ["draft7/optional/format/date-time.json: validation of date-time strings"] = "'date-time' is not checked as RFC 3339",
        ["draft7/optional/non-bmp-regex.json: Proper UTF-16 surrogate pair handling: patternProperties"] = "patternProperties: not enforced",
        ["draft7/properties.json: properties with boolean schema"] = "a boolean schema",
        ["draft7/properties.json: properties, patternProperties, additionalProperties interaction"] = "patternProperties: not enforced",
        ["draft7/ref.json: $id must be resolved against nearest parent, not just immediate parent"] = "a nested $id",
        ["draft7/ref.json: $ref prevents a sibling $id from changing the base uri"] = "a nested $id",
        ["draft7/ref.json: $ref to boolean schema false"] = "a boolean schema",
        ["draft7/ref.json: $ref to boolean schema true"] = "a boolean schema",
        ["draft7/ref.json: Location-independent identifier with base URI change in subschema"] = "is not a local file",
        ["draft7/ref.json: Location-independent identifier"] = "plain-name fragment",
        ["draft7/ref.json: Recursive references between schemas"] = "a nested $id",
        ["draft7/ref.json: Reference an anchor with a non-relative URI"] = "is not a local file",
        ["draft7/ref.json: URN base URI with URN and JSON pointer ref"] = "is not a local file",
        ["draft7/ref.json: URN base URI with URN and anchor ref"] = "is not a local file",
        ["draft7/ref.json: ref to else"] = "is not a local file",
        ["draft7/ref.json: ref to if"] = "is not a local file",
        ["draft7/ref.json: ref to then"] = "is not a local file",
        ["draft7/ref.json: ref with absolute-path-reference"] = "a nested $id",
        ["draft7/ref.json: refs with relative uris and defs"] = "a nested $id",
        ["draft7/ref.json: relative pointer ref to array"] = "the array form of items",
        ["draft7/ref.json: relative refs with absolute uris and defs"] = "a nested $id",
        ["draft7/ref.json: remote ref, containing refs itself"] = "is not a local file",
        ["draft7/ref.json: simple URN base URI with $ref via the URN"] = "is not a local file",
        ["draft7/uniqueItems.json: uniqueItems with an array of items and additionalItems=false"] = "the array form of items",
        ["draft7/uniqueItems.json: uniqueItems with an array of items"] = "the array form of items",
        ["draft7/uniqueItems.json: uniqueItems=false with an array of items and additionalItems=false"] = "the array form of items",
        ["draft7/uniqueItems.json: uniqueItems=false with an array of items"] = "the array form of items",
    };

    public static TheoryData<string, string> Groups()
    {
        var groups = new TheoryData<string, string>();
        foreach (var file in Directory.EnumerateFiles(Suite, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            foreach (var group in document.RootElement.EnumerateArray())
            {
                groups.Add(Path.GetRelativePath(Suite, file), group.GetProperty("description").GetString()!);
            }
        }

        return groups;
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public async Task ValidatesAsTheSpecificationSays(string file, string description)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Suite, file)));
        var group = document.RootElement.EnumerateArray().Single(g => g.GetProperty("description").GetString() == description);
        var refusal = Refused.GetValueOrDefault($"{file}: {description}");

        PublishedVersion version;
        try
        {
            version = await QuestionnaireCatalogue.ParseAsync(
                new QuestionnaireRef("suite", "1.0.0"),
                Encoding.UTF8.GetBytes(group.GetProperty("schema").GetRawText()),
                Path.Combine(Suite, file),
                Suite);
        }
        catch (InvalidDataException refused) when (refusal is not null)
        {
            Assert.Contains(refusal, refused.Message, StringComparison.Ordinal);
            return;
        }

        Assert.True(refusal is null, $"The rule admits this group now; take it out of {nameof(Refused)}.");
        var wrong = group.GetProperty("tests").EnumerateArray()
            .Where(test => IsValid(version, test.GetProperty("data")) != test.GetProperty("valid").GetBoolean())
            .Select(test => $"{test.GetProperty("description")}: {test.GetProperty("data").GetRawText()} should be {(test.GetProperty("valid").GetBoolean() ? "valid" : "invalid")}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    private static bool IsValid(PublishedVersion version, JsonElement data) =>
        AnswerText.Problems(data).Count == 0 && AnswerValidator.Validate(version, data).Count == 0;
}
