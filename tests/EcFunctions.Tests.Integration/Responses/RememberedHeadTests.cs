using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Responses;

/// <summary>
/// A write made from the head the instance last wrote does not read it again, and still cannot
/// overwrite a head another instance moved since.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class RememberedHeadTests(ApiFixture api) : IAsyncLifetime
{
    private string cycle = "";

    public async Task InitializeAsync() => cycle = await api.OpenCycleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnAmendmentFromTheHeadThisInstanceWroteIsOneUploadAndOneTransaction()
    {
        var requests = new RecordRequests();
        await using var host = api.HostThrough(requests, requests, retries: false);
        using var secretariat = ApiFixture.CreateClient(host, api.SecretariatToken);
        var url = $"/api/cycles/{cycle}/responses/PER";
        var first = await secretariat.PutNewAsync($"{url}/draft", Json(Samples.ValidAnswer("ec-member-state")));

        requests.Clear();
        var submitted = await secretariat.SendMatchingAsync(HttpMethod.Put, url, first.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        requests.AssertOneUploadAndOneTransaction(cycle, "PER");
    }

    [Fact]
    public async Task TheFirstSaveOfAnAnswerThisInstanceServedIsOneUploadAndOneTransaction()
    {
        var requests = new RecordRequests();
        await using var host = api.HostThrough(requests, requests, retries: false);
        using var secretariat = ApiFixture.CreateClient(host, api.SecretariatToken);
        using var elsewhere = api.CreateSecretariatClient();
        var url = $"/api/cycles/{cycle}/responses/BOL";
        Assert.Equal(HttpStatusCode.Created, (await elsewhere.PutNewAsync($"{url}/draft", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        // This instance has seen the cycle open: another respondent answered through it.
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PutNewAsync(
            $"/api/cycles/{cycle}/responses/PRY", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        var opened = await secretariat.GetAsync(url);

        requests.Clear();
        var saved = await secretariat.SendMatchingAsync(HttpMethod.Put, $"{url}/draft", opened.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        requests.AssertOneUploadAndOneTransaction(cycle, "BOL");
    }

    [Fact]
    public async Task AWriteFromARememberedHeadThatAnotherInstanceMovedIsRefused()
    {
        await using var other = api.HostThrough(null, null, retries: false);
        using var here = api.CreateSecretariatClient();
        using var there = ApiFixture.CreateClient(other, api.SecretariatToken);
        var url = $"/api/cycles/{cycle}/responses/ECU";
        var first = await here.PutNewAsync(url, Json(Samples.ValidAnswer("ec-member-state")));
        var movedThere = await there.SendMatchingAsync(HttpMethod.Put, url, first.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));

        var stale = await here.SendMatchingAsync(HttpMethod.Put, url, first.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));
        var fromTheNewHead = await here.SendMatchingAsync(HttpMethod.Put, url, movedThere.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));

        Assert.Equal(HttpStatusCode.OK, movedThere.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal(movedThere.Headers.ETag!.Tag, (string?)(await stale.ReadProblemAsync())["currentETag"]);
        Assert.Equal(HttpStatusCode.OK, fromTheNewHead.StatusCode);
        Assert.Equal(3, (int?)(await fromTheNewHead.Content.ReadFromJsonAsync<JsonObject>())!["revision"]);
    }
}
