using System.Net;
using System.Text;
using EcFunctions.Responses;
using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>
/// The host remembers the cycles it read open so that a write skips the cycle read; once the close has
/// answered 202, no write gets in on the strength of that memory.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class CachedCycleTests(ApiFixture api)
{
    [Fact]
    public async Task AnAmendmentAfterTheCloseIsRefusedThoughTheHostLastSawTheCycleOpen()
    {
        var cycle = await api.OpenCycleAsync();
        using var secretariat = api.CreateSecretariatClient();
        var answer = Samples.ValidAnswer("ec-member-state").ToJsonString();
        var first = await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/KEN", Json(answer));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var amended = await secretariat.PutFromAsync($"/api/cycles/{cycle}/responses/KEN", first.Headers.ETag, Json(answer));
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await secretariat.PostAsync($"/api/cycles/{cycle}/close", null)).StatusCode);
        var late = await secretariat.PutFromAsync($"/api/cycles/{cycle}/responses/KEN", amended.Headers.ETag, Json(answer));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("cycle-closed", (string?)(await late.ReadProblemAsync())["code"]);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task AFirstAnswerOfARespondentRegisteredAfterTheCloseIsRefused(bool answeredByTheRespondent)
    {
        var cycle = await api.OpenCycleAsync();
        using var secretariat = api.CreateSecretariatClient();
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PutNewAsync(
            $"/api/cycles/{cycle}/responses/KEN", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await secretariat.PostAsync($"/api/cycles/{cycle}/close", null)).StatusCode);
        // Registered after the fence, so the close inserted no head for it that a late write would collide with.
        var latecomer = await RegisterAsync(secretariat);
        using var writer = answeredByTheRespondent ? api.CreateClient((await api.IssueTokenAsync(latecomer)).Token) : api.CreateSecretariatClient();
        var late = await writer.PutNewAsync($"/api/cycles/{cycle}/responses/{latecomer}", Json(Samples.ValidAnswer("ec-organisation")));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("cycle-closed", (string?)(await late.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task AFirstAnswerOfARespondentRegisteredBeforeTheOpeningIsOneUploadAndOneTransactionOnAHostThatSawTheCycleOpen()
    {
        using var secretariat = api.CreateSecretariatClient();
        var respondentId = await RegisterAsync(secretariat);
        // Registered before the cycle opened by more than the clocks may differ, so its first answer may trust the remembered cycle.
        await Task.Delay(OpenCycles.ClockAllowance + TimeSpan.FromMilliseconds(200));
        var cycle = await api.OpenCycleAsync();
        var requests = new RecordRequests();
        await using var host = api.HostThrough(requests, requests, retries: false);
        using var warming = ApiFixture.CreateClient(host, api.SecretariatToken);
        using var respondent = ApiFixture.CreateClient(host, (await api.IssueTokenAsync(respondentId)).Token);
        Assert.Equal(HttpStatusCode.Created, (await warming.PutNewAsync(
            $"/api/cycles/{cycle}/responses/KEN", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        var url = $"/api/cycles/{cycle}/responses/{respondentId}";
        Assert.Equal(HttpStatusCode.NotFound, (await respondent.GetAsync(url)).StatusCode);

        requests.Clear();
        var first = await respondent.PutNewAsync(url, Json(Samples.ValidAnswer("ec-organisation")), Guid.NewGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var transaction = requests.AssertOneUploadAndOneTransaction(cycle, respondentId);
        // The audit event and the key's record are rows of the same transaction, not requests of their own.
        Assert.Contains($"\"RowKey\":\"{AuditEntity.RowKeyPrefix}", transaction, StringComparison.Ordinal);
        Assert.Contains("\"RowKey\":\"k:", transaction, StringComparison.Ordinal);
    }

    private static async Task<string> RegisterAsync(HttpClient secretariat)
    {
        var id = $"late-{Guid.NewGuid():N}";
        var imported = await secretariat.PostAsync("/api/respondent-imports", new StringContent(
            $"id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail\n{id},organisation,intergovernmental-and-international-organisations,global,,Late Body,,\n",
            Encoding.UTF8, "text/csv"));
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        return id;
    }
}
