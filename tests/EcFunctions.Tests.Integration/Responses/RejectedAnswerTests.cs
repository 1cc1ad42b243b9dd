using System.Net;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Responses;

/// <summary>Every client mistake gets a precise 4xx problem, and nothing is stored.</summary>
[Collection(SharedApi.Name)]
public sealed class RejectedAnswerTests(ApiFixture api) : IAsyncLifetime
{
    private readonly HttpClient client = api.CreateSecretariatClient();
    private string url = "";

    public async Task InitializeAsync() => url = $"/api/cycles/{await api.OpenCycleAsync()}/responses/BRA";

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task LocatesEachKindOfErrorByJsonPointer()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        var answers = answer["answers"]!.AsObject();
        answers["position"]!["choice"] = "world-government";                            // not in the enumeration
        answers["position"]!.AsObject().Remove("reasons");                               // required, missing
        answers["issuesNotAddressed"] = new JsonArray("spam", "spam");                   // duplicate items
        answers["nationalConsultations"]!["held"] = "yes";                               // wrong type
        answers["mechanismsUsed"]![0]!["participants"] = new JsonArray();                // too few items
        answers["mechanismsUsed"]![0]!["examples"]![0]!["link"] = "not a uri";          // wrong format
        answers["capacityBuildingNeeds"] = "";                                            // too short
        answers["favouriteColour"] = "blue";                                              // not a question
        answer["consent"]!["language"] = "English";                                       // pattern

        var response = await client.PutNewAsync(url, Json(answer));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("answer-invalid", (string?)problem["code"]);
        Assert.Equal(
            [
                "/answers/capacityBuildingNeeds", "/answers/favouriteColour", "/answers/issuesNotAddressed",
                "/answers/mechanismsUsed/0/examples/0/link", "/answers/mechanismsUsed/0/participants",
                "/answers/nationalConsultations/held", "/answers/position/choice", "/answers/position/reasons",
                "/consent/language",
            ],
            problem.Errors().Keys.Order(StringComparer.Ordinal));
        Assert.All(problem.Errors().Values, messages => Assert.All(messages, message => Assert.EndsWith(".", message)));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Theory]
    [InlineData("123456789012345678901234567890", "/answers/capacityBuildingNeeds")]
    [InlineData("1e400", "/answers/capacityBuildingNeeds")]
    [InlineData("\"x\\udc00y\"", "/answers/capacityBuildingNeeds")]
    [InlineData("\"x\\ud800y\"", "/answers/capacityBuildingNeeds")]
    [InlineData("\"x\\ud800\"", "/answers/capacityBuildingNeeds")]
    [InlineData("[\"\\udfff\\ud800\"]", "/answers/capacityBuildingNeeds/0")]
    public async Task RefusesTextThatIsNotUnicodeAndNumbersNoValidatorCanCompare(string value, string location)
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["answers"]!["capacityBuildingNeeds"] = "PLACEHOLDER";
        var body = answer.ToJsonString().Replace("\"PLACEHOLDER\"", value, StringComparison.Ordinal);

        var response = await client.PutNewAsync(url, Json(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("answer-invalid", (string?)problem["code"]);
        Assert.Contains(location, problem.Errors().Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task RefusesAPropertyNameThatIsNotUnicodeAsMalformed()
    {
        var body = Samples.ValidAnswer("ec-member-state").ToJsonString().Replace("\"capacityBuildingNeeds\"", "\"x\\ud800\"", StringComparison.Ordinal);

        var response = await client.PutNewAsync(url, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed-json", (string?)(await response.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task RefusesAnAnswerShapedForAnotherQuestionnaire()
    {
        // A member state's answer sent as ITU's organisation report.
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["questionnaire"]!["id"] = "ec-organisation";

        var response = await client.PutNewAsync(url.Replace("/BRA", "/itu", StringComparison.Ordinal), Json(answer));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("/answers/mandate", (await response.ReadProblemAsync()).Errors().Keys);
    }

    [Fact]
    public async Task RefusesAnAnswerToTheQuestionnaireOfAnotherKindOfRespondent()
    {
        var response = await client.PutNewAsync(url, Json(Samples.ValidAnswer("ec-organisation")));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("questionnaire-not-for-respondent", (string?)problem["code"]);
        Assert.Contains("ec-member-state", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ec-member-state", "2.0.0")]
    [InlineData("ec-unknown", "1.0.0")]
    [InlineData("_vocabulary", "1.0.0")]
    public async Task RefusesAnAnswerNamingAVersionThatIsNotAPublishedQuestionnaire(string questionnaireId, string version)
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["questionnaire"] = new JsonObject { ["id"] = questionnaireId, ["version"] = version };

        var response = await client.PutNewAsync(url, Json(answer));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("questionnaire-version-unknown", (string?)(await response.ReadProblemAsync())["code"]);
    }

    [Theory]
    [InlineData("""{"answers": {}}""")]
    [InlineData("""{"questionnaire": "ec-member-state"}""")]
    [InlineData("""{"questionnaire": {"id": "ec-member-state", "version": 1}}""")]
    [InlineData("""[1, 2, 3]""")]
    public async Task RefusesAnAnswerThatDoesNotNameItsQuestionnaire(string body)
    {
        var response = await client.PutNewAsync(url, Json(body));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("answer-invalid", (string?)problem["code"]);
        Assert.Equal(["/questionnaire"], problem.Errors().Keys);
    }

    [Theory]
    [InlineData("""{"questionnaire": """)]
    [InlineData("""{"questionnaire": {"id": "ec-member-state", "version": "1.0.0"},}""")]
    [InlineData("""{"a": 1, "a": 2}""")]
    [InlineData("""{"a": 1} // comment""")]
    [InlineData("")]
    public async Task RefusesMalformedJson(string body)
    {
        var response = await client.PutNewAsync(url, Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("malformed-json", (string?)(await response.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task RefusesABodyOverTheLimitWhetherOrNotItDeclaresItsLength()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["answers"]!["capacityBuildingNeeds"] = new string('x', ApiFixture.MaxBodyBytes);
        var bytes = await Json(answer).ReadAsByteArrayAsync();
        using var chunked = new HttpRequestMessage(HttpMethod.Put, url) { Content = new StreamContent(new MemoryStream(bytes)) };
        chunked.Content.Headers.ContentType = new("application/json");
        chunked.Headers.TransferEncodingChunked = true;

        var withLength = await client.PutNewAsync(url, Json(bytes));
        var withoutLength = await client.SendAsync(chunked);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withLength.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, withoutLength.StatusCode);
        Assert.Equal("body-too-large", (string?)(await withoutLength.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task RefusesABodyThatIsNotDeclaredAsJson()
    {
        var content = Json(Samples.ValidAnswer("ec-member-state"));
        content.Headers.ContentType = new("application/x-www-form-urlencoded");

        var response = await client.PutNewAsync(url, content);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("unsupported-media-type", (string?)(await response.ReadProblemAsync())["code"]);
    }

    [Theory]
    [InlineData("/api/cycles/2026/responses/bad.id")]
    [InlineData("/api/cycles/-2026/responses/BRA")]
    [InlineData("/api/cycles/2026/responses/%C3%A9t%C3%A9")]
    public async Task RefusesIdentifiersThatCannotBeStorageKeys(string badUrl)
    {
        var put = await client.PutAsync(badUrl, Json(Samples.ValidAnswer("ec-member-state")));
        var get = await client.GetAsync(badUrl);

        Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, get.StatusCode);
        Assert.Equal("invalid-identifier", (string?)(await put.ReadProblemAsync())["code"]);
    }
}
