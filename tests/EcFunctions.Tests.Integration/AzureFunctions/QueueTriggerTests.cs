using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using EcFunctions.Cycles;
using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>
/// The Functions app's synthesis queue trigger, delivered to in process. The cycles here are closed in
/// storage directly, so no message reaches the queue the local host listens to: only the deliveries
/// the tests make compile them.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class QueueTriggerTests(ApiFixture api) : IAsyncLifetime
{
    private readonly HttpClient secretariat = api.CreateSecretariatClient();
    private FunctionsWorker? worker;

    public Task InitializeAsync()
    {
        worker = FunctionsWorker.Create(api.StorageConnectionString);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        secretariat.Dispose();
        if (worker is not null)
        {
            await worker.DisposeAsync();
        }
    }

    [Fact]
    public async Task ADeliveryCompilesTheClosedCyclesSynthesis()
    {
        var cycle = await ClosedCycleWithAnAnswerAsync();

        await worker!.DeliverAsync(ClosedInStorage.SynthesisRequest(cycle), dequeueCount: 1);

        var status = await StatusAsync(cycle);
        Assert.Equal(CycleState.Synthesised, (string?)status["state"]);
        Assert.Equal(1, (int?)status["responses"]);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync($"/api/cycles/{cycle}/synthesis/report.html")).StatusCode);
    }

    [Fact]
    public async Task TheFifthFailedDeliveryMarksTheCycleFailedAndEarlierOnesLeaveItSynthesising()
    {
        var cycle = await ClosedCycleWithAnAnswerAsync();
        // The answer's document vanishes, so every compile fails reading it.
        var documents = new BlobContainerClient(api.StorageConnectionString, StorageNames.ResponsesContainer);
        await foreach (var blob in documents.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{cycle}/" }))
        {
            await documents.DeleteBlobAsync(blob.Name);
        }

        for (var delivery = 1; delivery < StorageNames.MaxDequeueCount; delivery++)
        {
            await Assert.ThrowsAsync<Azure.RequestFailedException>(() => worker!.DeliverAsync(ClosedInStorage.SynthesisRequest(cycle), delivery));
            Assert.Equal(CycleState.Synthesising, (string?)(await StatusAsync(cycle))["state"]);
        }

        await Assert.ThrowsAsync<Azure.RequestFailedException>(() => worker!.DeliverAsync(ClosedInStorage.SynthesisRequest(cycle), StorageNames.MaxDequeueCount));

        var failed = await StatusAsync(cycle);
        Assert.Equal(CycleState.SynthesisFailed, (string?)failed["state"]);
        Assert.Contains("404", (string?)failed["failure"], StringComparison.Ordinal);
    }

    private async Task<JsonObject> StatusAsync(string cycle) =>
        (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/synthesis"))!;

    private async Task<string> ClosedCycleWithAnAnswerAsync()
    {
        var cycle = await api.OpenCycleAsync();
        Assert.Equal(HttpStatusCode.Created,
            (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/KEN", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        await ClosedInStorage.CloseAsync(api.StorageConnectionString, cycle);
        return cycle;
    }
}
