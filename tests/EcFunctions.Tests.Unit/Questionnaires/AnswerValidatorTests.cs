using System.Text;
using System.Text.Json;
using EcFunctions.Questionnaires;

namespace EcFunctions.Tests.Unit.Questionnaires;

public sealed class AnswerValidatorTests
{
    private const string Schema = """
        {
          "type": "object",
          "additionalProperties": false,
          "required": ["answers"],
          "properties": {
            "answers": {
              "type": "object",
              "additionalProperties": false,
              "required": ["name", "mechanisms"],
              "properties": {
                "name": { "type": "string", "minLength": 1, "maxLength": 5 },
                "a.b": { "type": "integer" },
                "language": { "type": "string", "pattern": "^[a-z]{2}$" },
                "mechanisms": {
                  "type": "array",
                  "maxItems": 2,
                  "items": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                      "name": { "type": "string" },
                      "group": { "type": "string", "enum": ["civil-society", "private-sector"] }
                    }
                  }
                }
              }
            }
          }
        }
        """;

    [Fact]
    public async Task AcceptsAValidAnswer()
    {
        var errors = await ValidateAsync(Schema, """{"answers":{"name":"ITU","mechanisms":[{"name":"WSIS Forum"}]}}""");

        Assert.Empty(errors);
    }

    [Fact]
    public async Task LocatesEveryErrorByJsonPointerWithAReadableMessage()
    {
        var errors = await ValidateAsync(Schema, """
            {
              "answers": {
                "name": "far too long",
                "a.b": "x",
                "language": "EN",
                "mechanisms": [{ "group": "governments" }, { "name": 3 }, {}],
                "extra": true
              },
              "top": 1
            }
            """);

        Assert.Equal(
            new Dictionary<string, string[]>
            {
                ["/answers/name"] = ["Must be at most 5 characters long."],
                ["/answers/a.b"] = ["Must be a whole number."],
                ["/answers/language"] = ["Does not match the pattern '^[a-z]{2}$'."],
                ["/answers/mechanisms"] = ["Must list at most 2 item(s)."],
                ["/answers/mechanisms/0/name"] = ["'name' is required."],
                ["/answers/mechanisms/0/group"] = ["Must be one of 'civil-society', 'private-sector'."],
                ["/answers/mechanisms/1/name"] = ["Must be text (a JSON string)."],
                ["/answers/mechanisms/2/name"] = ["'name' is required."],
                ["/answers/extra"] = ["'extra' is not part of this questionnaire."],
                ["/top"] = ["'top' is not part of this questionnaire."],
            },
            errors.ToDictionary());
    }

    [Fact]
    public async Task EscapesPointerSegmentsAndPointsAtMissingRequiredProperties()
    {
        var errors = await ValidateAsync("""
            { "type": "object", "properties": { "a/b~c": { "type": "object", "required": ["x.y"] } } }
            """, """{"a/b~c":{}}""");

        Assert.Equal(["/a~1b~0c/x.y"], errors.Keys);
    }

    [Fact]
    public async Task StopsAPatternThatWouldBacktrackForeverAndSaysSo()
    {
        // Without the timeout this match runs for hours; with it, validation ends with an error.
        var errors = await ValidateAsync("""{ "type": "string", "pattern": "^(a+)+$" }""", $"\"{new string('a', 40)}!\"");

        var message = Assert.Single(Assert.Single(errors).Value);
        Assert.Contains("took longer than 250 ms", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "type": "string", "maxLength": 3 }""", "\"" + "\ud83d\ude00\ud83d\ude00\ud83d\ude00" + "\"", true)]
    [InlineData("""{ "type": "string", "minLength": 2 }""", "\"\ud83d\ude00\"", false)]
    [InlineData("""{ "type": "string", "pattern": "^[a-z]{2}$" }""", "\"en\\n\"", false)]
    [InlineData("""{ "type": "array", "uniqueItems": true }""", """[{"a": 1, "b": 2}, {"b": 2, "a": 1.0}]""", false)]
    [InlineData("""{ "type": "string", "format": "uri" }""", "\" https://example.org/\"", false)]
    [InlineData("""{ "type": "string", "format": "uri" }""", "\"C:\\\\reports\\\\a.pdf\"", false)]
    [InlineData("""{ "type": "string", "format": "uri" }""", "\"https://example.org/a b\"", false)]
    [InlineData("""{ "type": "string", "format": "uri" }""", "\"<script>\"", false)]
    [InlineData("""{ "type": "string", "format": "uri" }""", "\"a:b\"", true)]
    [InlineData("""{ "type": "string", "format": "uri" }""", "\"https:///example.org\"", true)]
    public async Task ValidatesWhereNJsonSchemaDepartsFromTheSpecificationAsTheSpecificationSays(string schema, string answer, bool valid)
    {
        var errors = await ValidateAsync(schema, answer);

        Assert.Equal(valid, errors.Count == 0);
    }

    private static async Task<IDictionary<string, string[]>> ValidateAsync(string schemaJson, string answerJson)
    {
        var version = await QuestionnaireCatalogue.ParseAsync(
            new QuestionnaireRef("test", "1.0.0"), Encoding.UTF8.GetBytes(schemaJson), Path.Combine(AppContext.BaseDirectory, "test.schema.json"), AppContext.BaseDirectory);
        using var answer = JsonDocument.Parse(answerJson);
        return AnswerValidator.Validate(version, answer.RootElement);
    }
}
