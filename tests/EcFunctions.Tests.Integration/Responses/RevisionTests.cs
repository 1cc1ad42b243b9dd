using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EcFunctions.Responses;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Responses;

[Collection(SharedApi.Name)]
public sealed class RevisionTests(ApiFixture api) : IAsyncLifetime
{
    private readonly HttpClient client = api.CreateSecretariatClient();
    private string cycle = "";

    public async Task InitializeAsync() => cycle = await api.OpenCycleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SavesADraftWithoutRequiredAnswersAndRefusesToSubmitItUntilComplete()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        var position = answer["answers"]!["position"]!.DeepClone();
        answer["answers"]!.AsObject().Remove("position");

        var draft = await client.PutNewAsync($"/api/cycles/{cycle}/responses/BRA/draft", Json(answer));
        var incomplete = await client.SendMatchingAsync(HttpMethod.Put, Url("BRA"), draft.Headers.ETag!, Json(answer));
        answer["answers"]!["position"] = position;
        var complete = await client.SendMatchingAsync(HttpMethod.Put, Url("BRA"), draft.Headers.ETag!, Json(answer));

        Assert.Equal(HttpStatusCode.Created, draft.StatusCode);
        Assert.Equal(ResponseState.Draft, (string?)(await draft.Content.ReadFromJsonAsync<JsonObject>())!["state"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, incomplete.StatusCode);
        Assert.Contains("/answers/position", (await incomplete.ReadProblemAsync()).Errors().Keys);
        Assert.Equal(HttpStatusCode.OK, complete.StatusCode);
        var receipt = (await complete.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((2, ResponseState.Submitted), ((int?)receipt["revision"], (string?)receipt["state"]));
    }

    [Fact]
    public async Task ChecksADraftForTypesAndFormats()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["answers"]!.AsObject().Remove("position");
        answer["answers"]!["nationalConsultations"]!["held"] = "yes";

        var draft = await client.PutNewAsync($"/api/cycles/{cycle}/responses/KEN/draft", Json(answer));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, draft.StatusCode);
        Assert.Equal(["/answers/nationalConsultations/held"], (await draft.ReadProblemAsync()).Errors().Keys);
    }

    [Fact]
    public async Task KeepsEveryRevisionListedAndFetchable()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        var sent = new List<byte[]>();
        var eTag = await WriteAsync(Url("ARG"), answer, sent, null);
        answer["respondent"]!["name"] = "Argentine Republic";
        eTag = await WriteAsync(Url("ARG"), answer, sent, eTag);
        answer["answers"]!["capacityBuildingNeeds"] = "Work in progress";
        await WriteAsync($"{Url("ARG")}/draft", answer, sent, eTag);

        var history = (await client.GetFromJsonAsync<JsonObject>($"{Url("ARG")}/revisions"))!["revisions"]!.AsArray();

        Assert.Equal([1, 2, 3], history.Select(revision => (int)revision!["revision"]!));
        Assert.Equal(["submitted", "submitted", "draft"], history.Select(revision => (string)revision!["state"]!));
        Assert.All(history, revision => Assert.StartsWith("secretariat", (string)revision!["actor"]!, StringComparison.Ordinal));
        for (var index = 0; index < sent.Count; index++)
        {
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(sent[index])), (string?)history[index]!["sha256"]);
            Assert.Equal(sent[index].Length, (long?)history[index]!["size"]);
            var fetched = await client.GetAsync((string)history[index]!["href"]!);
            Assert.Equal(sent[index], await fetched.Content.ReadAsByteArrayAsync());
            Assert.Equal((string)history[index]!["state"]!, fetched.Headers.GetValues("Response-State").Single());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Url("ARG")}/revisions/4")).StatusCode);
        // The draft on top does not replace what the synthesis reads: the last submission does.
        Assert.Equal(2, (await SubmittedAsync("ARG"))?.Revision);
    }

    [Fact]
    public async Task WithdrawsASubmissionKeepingItsHistoryAndLeavingItOutOfTheSynthesis()
    {
        var submitted = await client.PutNewAsync(Url("IND"), Json(Samples.ValidAnswer("ec-member-state")));
        Assert.Equal(1, (await SubmittedAsync("IND"))?.Revision);

        var withdrawn = await client.SendMatchingAsync(HttpMethod.Post, $"{Url("IND")}/withdrawal", submitted.Headers.ETag!);
        var again = await client.SendMatchingAsync(HttpMethod.Post, $"{Url("IND")}/withdrawal", withdrawn.Headers.ETag!);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        var receipt = (await withdrawn.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal((2, ResponseState.Withdrawn), ((int?)receipt["revision"], (string?)receipt["state"]));
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("response-not-submitted", (string?)(await again.ReadProblemAsync())["code"]);
        Assert.Null(await SubmittedAsync("IND"));
        var history = (await client.GetFromJsonAsync<JsonObject>($"{Url("IND")}/revisions"))!["revisions"]!.AsArray();
        Assert.Equal(["submitted", "withdrawn"], history.Select(revision => (string)revision!["state"]!));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"{Url("IND")}/revisions/1")).StatusCode);
    }

    [Fact]
    public async Task RefusesToWithdrawADraft()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        var draft = await client.PutNewAsync($"{Url("CHL")}/draft", Json(answer));

        var withdrawal = await client.SendMatchingAsync(HttpMethod.Post, $"{Url("CHL")}/withdrawal", draft.Headers.ETag!);

        Assert.Equal(HttpStatusCode.Conflict, withdrawal.StatusCode);
        Assert.Equal("response-not-submitted", (string?)(await withdrawal.ReadProblemAsync())["code"]);
    }

    private string Url(string respondentId) => $"/api/cycles/{cycle}/responses/{respondentId}";

    private async Task<System.Net.Http.Headers.EntityTagHeaderValue> WriteAsync(
        string url, JsonObject answer, List<byte[]> sent, System.Net.Http.Headers.EntityTagHeaderValue? eTag)
    {
        var bytes = Encoding.UTF8.GetBytes(answer.ToJsonString());
        var response = await client.PutFromAsync(url, eTag, Json(bytes));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        sent.Add(bytes);
        return response.Headers.ETag!;
    }

    private async Task<EcFunctions.Storage.ResponseEntity?> SubmittedAsync(string respondentId)
    {
        await foreach (var submitted in api.Host.Services.GetRequiredService<ResponseStore>().ListSubmittedAsync(cycle))
        {
            if (submitted.RespondentId == respondentId)
            {
                return submitted;
            }
        }

        return null;
    }
}
