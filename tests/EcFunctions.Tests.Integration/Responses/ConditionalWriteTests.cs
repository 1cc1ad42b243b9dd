using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Responses;

[Collection(SharedApi.Name)]
public sealed class ConditionalWriteTests(ApiFixture api) : IAsyncLifetime
{
    private readonly HttpClient client = api.CreateSecretariatClient();
    private string cycle = "";

    public async Task InitializeAsync() => cycle = await api.OpenCycleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task RequiresAPreconditionOnEveryWrite()
    {
        var unconditional = await client.PutAsync(Url("BRA"), Json(Samples.ValidAnswer("ec-member-state")));
        var matchingNothing = await client.SendMatchingAsync(HttpMethod.Put, Url("BRA"), new EntityTagHeaderValue("\"1-0000\""), Json(Samples.ValidAnswer("ec-member-state")));
        var created = await client.PutNewAsync(Url("BRA"), Json(Samples.ValidAnswer("ec-member-state")));
        var createdAgain = await client.PutNewAsync(Url("BRA"), Json(Samples.ValidAnswer("ec-member-state")));
        var unconditionalWithdrawal = await client.PostAsync($"{Url("BRA")}/withdrawal", null);

        Assert.Equal(HttpStatusCode.PreconditionRequired, unconditional.StatusCode);
        Assert.Equal("precondition-required", (string?)(await unconditional.ReadProblemAsync())["code"]);
        Assert.Equal(HttpStatusCode.PreconditionFailed, matchingNothing.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, createdAgain.StatusCode);
        Assert.Equal(created.Headers.ETag!.Tag, (string?)(await createdAgain.ReadProblemAsync())["currentETag"]);
        Assert.Equal(HttpStatusCode.PreconditionRequired, unconditionalWithdrawal.StatusCode);
        Assert.Equal("1", await RevisionsAsync("BRA"));
    }

    [Fact]
    public async Task RefusesAStaleETagAndChangesNothing()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        var first = await client.PutNewAsync(Url("ARG"), Json(answer));
        answer["respondent"]!["name"] = "Argentine Republic";
        var second = await client.SendMatchingAsync(HttpMethod.Put, Url("ARG"), first.Headers.ETag!, Json(answer));
        answer["respondent"]!["name"] = "Written from the first revision";

        var stale = await client.SendMatchingAsync(HttpMethod.Put, Url("ARG"), first.Headers.ETag!, Json(answer));
        var staleDraft = await client.SendMatchingAsync(HttpMethod.Put, $"{Url("ARG")}/draft", first.Headers.ETag!, Json(answer));
        var staleWithdrawal = await client.SendMatchingAsync(HttpMethod.Post, $"{Url("ARG")}/withdrawal", first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.All([stale, staleDraft, staleWithdrawal], response => Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode));
        Assert.Equal(second.Headers.ETag!.Tag, (string?)(await stale.ReadProblemAsync())["currentETag"]);
        Assert.Equal("1,2", await RevisionsAsync("ARG"));
        Assert.Contains("Argentine Republic", await client.GetStringAsync(Url("ARG")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersARetryWithTheSameKeyWithTheFirstResultAndNoNewRevision()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        var key = Guid.NewGuid().ToString();

        var first = await client.PutFromAsync(Url("KEN"), null, Json(answer), key);
        var retry = await client.PutFromAsync(Url("KEN"), null, Json(answer), key);
        var otherKey = await client.PutFromAsync(Url("KEN"), null, Json(answer), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal(first.Headers.ETag, retry.Headers.ETag);
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(HttpStatusCode.PreconditionFailed, otherKey.StatusCode);
        Assert.Equal("1", await RevisionsAsync("KEN"));
    }

    [Fact]
    public async Task RefusesTheSameKeyWithAnotherBody()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        var key = Guid.NewGuid().ToString();
        var first = await client.PutFromAsync(Url("CHL"), null, Json(answer), key);
        answer["respondent"]!["name"] = "Republic of Chile";

        var reused = await client.PutFromAsync(Url("CHL"), first.Headers.ETag, Json(answer), key);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, reused.StatusCode);
        Assert.Equal("idempotency-key-reused", (string?)(await reused.ReadProblemAsync())["code"]);
        Assert.Equal("1", await RevisionsAsync("CHL"));
    }

    [Fact]
    public async Task AnswersARetriedWithdrawalWithTheFirstResult()
    {
        var submitted = await client.PutNewAsync(Url("PER"), Json(Samples.ValidAnswer("ec-member-state")));
        var key = Guid.NewGuid().ToString();

        var first = await client.SendMatchingAsync(HttpMethod.Post, $"{Url("PER")}/withdrawal", submitted.Headers.ETag!, idempotencyKey: key);
        var retry = await client.SendMatchingAsync(HttpMethod.Post, $"{Url("PER")}/withdrawal", submitted.Headers.ETag!, idempotencyKey: key);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await retry.Content.ReadAsStringAsync());
        Assert.Equal("1,2", await RevisionsAsync("PER"));
    }

    [Theory]
    [InlineData("k", 256)]
    [InlineData("spaces are not allowed", 1)]
    public async Task RefusesAnUnusableKey(string part, int times)
    {
        var key = string.Concat(Enumerable.Repeat(part, times));
        using var request = new HttpRequestMessage(HttpMethod.Put, Url("URY")) { Content = Json(Samples.ValidAnswer("ec-member-state")) };
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("idempotency-key-invalid", (string?)(await response.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task LetsExactlyOneOfManyConcurrentWritersWinEachRoundWithoutGapsInTheHistory()
    {
        const int writers = 8;
        const int rounds = 5;
        var answer = Samples.ValidAnswer("ec-member-state");
        EntityTagHeaderValue? eTag = null;

        for (var round = 0; round <= rounds; round++)
        {
            var attempts = await Task.WhenAll(Enumerable.Range(0, writers).Select(async writer =>
            {
                var mine = answer.DeepClone().AsObject();
                mine["respondent"]!["name"] = $"round {round}, writer {writer}";
                return (Name: $"round {round}, writer {writer}", Response: await client.PutFromAsync(Url("MEX"), eTag, Json(mine)));
            }));

            var winner = Assert.Single(attempts, attempt => attempt.Response.IsSuccessStatusCode);
            Assert.All(attempts.Where(attempt => attempt != winner),
                attempt => Assert.Equal(HttpStatusCode.PreconditionFailed, attempt.Response.StatusCode));
            Assert.Equal(round + 1, (int?)(await winner.Response.Content.ReadFromJsonAsync<JsonObject>())!["revision"]);
            Assert.Contains(winner.Name, await client.GetStringAsync(Url("MEX")), StringComparison.Ordinal);
            eTag = winner.Response.Headers.ETag;
        }

        Assert.Equal(string.Join(",", Enumerable.Range(1, rounds + 1)), await RevisionsAsync("MEX"));
    }

    private string Url(string respondentId) => $"/api/cycles/{cycle}/responses/{respondentId}";

    /// <summary>The revision numbers in the response's history, as "1,2,3".</summary>
    private async Task<string> RevisionsAsync(string respondentId) =>
        string.Join(",", (await client.GetFromJsonAsync<JsonObject>($"{Url(respondentId)}/revisions"))!["revisions"]!.AsArray()
            .Select(revision => (int)revision!["revision"]!));
}
