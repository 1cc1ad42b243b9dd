using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;

namespace EcFunctions.Tests.Integration.Questionnaires;

[Collection(SharedApi.Name)]
public sealed class QuestionnaireEndpointsTests(ApiFixture api)
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task ListsTheBundledQuestionnairesWithTheirVersions()
    {
        var listing = await client.GetFromJsonAsync<JsonObject>("/api/questionnaires");

        var questionnaires = listing!["questionnaires"]!.AsArray();
        Assert.Equal(
            ["ec-member-state", "ec-organisation", "ec-stakeholder"],
            questionnaires.Select(questionnaire => (string)questionnaire!["id"]!));
        Assert.All(questionnaires, questionnaire =>
        {
            Assert.False(string.IsNullOrWhiteSpace((string?)questionnaire!["title"]));
            var versions = questionnaire["versions"]!.AsArray();
            Assert.Equal(["1.0.0", "1.1.0"], versions.Select(version => (string)version!["version"]!));
            Assert.Equal($"/api/questionnaires/{questionnaire["id"]}/versions/1.1.0", (string?)versions[1]!["href"]);
        });
    }

    [Theory]
    [InlineData("ec-organisation")]
    [InlineData("ec-member-state")]
    [InlineData("ec-stakeholder")]
    [InlineData("_vocabulary")]
    public async Task ServesTheExactSchemaFileWithAStrongETagAndLongCaching(string questionnaireId)
    {
        var response = await client.GetAsync($"/api/questionnaires/{questionnaireId}/versions/1.0.0");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires", questionnaireId, "1.0.0.schema.json")),
            await response.Content.ReadAsByteArrayAsync());
        Assert.False(response.Headers.ETag!.IsWeak);
        Assert.True(response.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl.MaxAge);
    }

    [Fact]
    public async Task AnswersNotModifiedWhenTheClientHoldsTheCurrentETag()
    {
        var first = await client.GetAsync("/api/questionnaires/ec-member-state/versions/1.0.0");
        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/questionnaires/ec-member-state/versions/1.0.0");
        conditional.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        var second = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("ec-member-state", "9.9.9")]
    [InlineData("no-such-questionnaire", "1.0.0")]
    public async Task ReturnsNotFoundGivenUnknownQuestionnaireOrVersion(string questionnaireId, string version)
    {
        var response = await client.GetAsync($"/api/questionnaires/{questionnaireId}/versions/{version}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("questionnaire-version-not-found", (string?)problem["code"]);
        Assert.Equal("urn:ecfunctions:problem:questionnaire-version-not-found", (string?)problem["type"]);
        Assert.Equal(404, (int?)problem["status"]);
    }

    [Fact]
    public async Task ETagDiffersBetweenDocuments()
    {
        var memberState = await client.GetAsync("/api/questionnaires/ec-member-state/versions/1.0.0");
        var organisation = await client.GetAsync("/api/questionnaires/ec-organisation/versions/1.0.0");

        Assert.NotEqual(memberState.Headers.ETag, organisation.Headers.ETag);
    }
}
