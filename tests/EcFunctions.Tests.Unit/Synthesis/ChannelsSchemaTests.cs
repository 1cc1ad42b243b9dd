using System.Text.Json.Nodes;
using NJsonSchema;

namespace EcFunctions.Tests.Unit.Synthesis;

/// <summary>The synthesis schema describes the Secretary-General's table field by field, so a wrong table does not pass.</summary>
public sealed class ChannelsSchemaTests
{
    private const string Valid = """
        {
          "groups": [{ "group": "governments", "questionnaire": 3, "written": 1, "oral": 0, "informal": 0, "total": 4 }],
          "total": { "group": "total", "questionnaire": 3, "written": 1, "oral": 0, "informal": 0, "total": 4 },
          "registered": [{ "id": "written-001", "channel": "written", "stakeholderGroup": "civil-society",
            "secretaryGeneralGroup": "civil-society", "author": null, "title": "A paper", "language": "pt-BR", "received": "2026-10-01" }],
          "annex": [{ "group": "governments", "names": ["Brazil"] }]
        }
        """;

    [Fact]
    public async Task ATableAsTheSynthesisWritesItIsValid() =>
        Assert.Empty((await ChannelsSchemaAsync()).Validate(Valid));

    [Theory]
    [InlineData("/groups/0/written", "\"1\"")]
    [InlineData("/groups/0/group", "\"governmental\"")]
    [InlineData("/total/oral", "-1")]
    [InlineData("/registered/0/channel", "\"e-mail\"")]
    [InlineData("/registered/0/received", "\"1 October 2026\"")]
    [InlineData("/registered/0/unexpected", "true")]
    [InlineData("/annex/0/names", "[]")]
    public async Task AWrongFieldIsRefused(string field, string value)
    {
        var table = JsonNode.Parse(Valid)!;
        var parts = field.TrimStart('/').Split('/');
        var parent = parts[..^1].Aggregate(table, (node, part) => int.TryParse(part, out var index) ? node[index]! : node[part]!);
        parent[parts[^1]] = JsonNode.Parse(value);

        Assert.NotEmpty((await ChannelsSchemaAsync()).Validate(table.ToJsonString()));
    }

    [Fact]
    public async Task ARegisteredContributionWithoutItsAuthorFieldIsRefused()
    {
        var table = JsonNode.Parse(Valid)!;
        table["registered"]![0]!.AsObject().Remove("author");

        Assert.NotEmpty((await ChannelsSchemaAsync()).Validate(table.ToJsonString()));
    }

    private static async Task<JsonSchema> ChannelsSchemaAsync()
    {
        var synthesis = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires", "_synthesis", "1.2.0.schema.json"));
        return synthesis.Properties["channels"].ActualSchema;
    }
}
