using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using EcFunctions.Storage;
using EcFunctions.Synthesis;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>At-least-once delivery: races with the close, repeated deliveries, and failures until poison.</summary>
[Collection(SharedApi.Name)]
public sealed class SynthesisDeliveryTests(ApiFixture api)
{
    private readonly HttpClient secretariat = api.CreateSecretariatClient();

    [Fact]
    public async Task AnAnswerAcceptedBeforeTheCloseIsInTheSynthesisAndOneAfterItIsRefused()
    {
        var cycle = await api.OpenCycleAsync();
        var states = (await secretariat.GetFromJsonAsync<JsonObject>("/api/respondents"))!["respondents"]!.AsArray()
            .Where(r => (string?)r!["kind"] == "member-state").Select(r => (string)r!["id"]!).Take(40).ToList();
        var answer = Samples.ValidAnswer("ec-member-state").ToJsonString();
        using var start = new SemaphoreSlim(0);

        var submissions = states.Select(async state =>
        {
            await start.WaitAsync();
            using var client = api.CreateSecretariatClient();
            return (state, response: await client.PutNewAsync($"/api/cycles/{cycle}/responses/{state}", Json(answer)));
        }).ToList();
        var close = Task.Run(async () =>
        {
            await start.WaitAsync();
            await Task.Delay(30);
            return await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        });
        start.Release(states.Count + 1);
        var results = await Task.WhenAll(submissions);

        Assert.Equal(HttpStatusCode.Accepted, (await close).StatusCode);
        var accepted = results.Where(result => result.response.StatusCode == HttpStatusCode.Created).Select(result => result.state).Order(StringComparer.Ordinal).ToList();
        var refused = results.Where(result => result.response.StatusCode != HttpStatusCode.Created).ToList();
        foreach (var (_, response) in refused)
        {
            Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
            Assert.Equal("cycle-closed", (string?)(await response.ReadProblemAsync())["code"]);
        }

        var status = await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        Assert.Equal(accepted.Count, (int?)status["responses"]);
        var csv = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/responses.csv");
        using var rows = CsvHelper.CsvReader.FromText(csv, new CsvHelper.CsvReaderOptions { HasHeader = true });
        var synthesised = new List<string>();
        while (rows.Read())
        {
            synthesised.Add(rows.GetString("respondentId"));
        }

        Assert.Equal(accepted, synthesised.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ASecondDeliveryOfTheSameMessageChangesNothing()
    {
        var cycle = await api.OpenCycleAsync();
        Assert.Equal(HttpStatusCode.Created,
            (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var before = await SnapshotAsync(cycle);

        await api.Host.Services.GetRequiredService<CompileSynthesisHandler>().HandleAsync($$"""{"cycleId":"{{cycle}}"}""", dequeueCount: 2);

        Assert.Equal(before, await SnapshotAsync(cycle));
    }

    [Fact]
    public async Task AMessageThatKeepsFailingGoesToThePoisonQueueAndTheCycleIsMarkedFailed()
    {
        var cycle = await api.OpenCycleAsync();
        Assert.Equal(HttpStatusCode.Created,
            (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/KEN", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        // The answer's document vanishes from Blob storage, so every attempt to read it fails.
        var documents = new BlobContainerClient(api.StorageConnectionString, StorageNames.ResponsesContainer);
        await foreach (var blob in documents.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{cycle}/" }))
        {
            await documents.DeleteBlobAsync(blob.Name);
        }

        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);

        var failed = await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesis-failed");
        Assert.Contains("404", (string?)failed["failure"], StringComparison.Ordinal);
        var poison = new QueueClient(api.StorageConnectionString, StorageNames.SynthesisPoisonQueue, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var messages = (await poison.PeekMessagesAsync(32)).Value;
        Assert.Contains(messages, message => message.MessageText.Contains(cycle, StringComparison.Ordinal));

        // Once the cause is dealt with, the secretariat asks again and the synthesis completes.
        await RestoreAsync(cycle);
        Assert.Equal(HttpStatusCode.Accepted, (await secretariat.PostAsync($"/api/cycles/{cycle}/synthesis", null)).StatusCode);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
    }

    [Theory]
    [InlineData("{\"answers\": {\"capacityBuildingNeeds\": \"x\\ud800y\"}}")]
    [InlineData("{\"answers\": 123456789012345678901234567890}")]
    [InlineData("not json at all")]
    public async Task AStoredAnswerNoOneCanReadIsLeftOutAndNamedWhileTheOthersAreSynthesised(string stored)
    {
        var cycle = await api.OpenCycleAsync();
        foreach (var state in (string[])["BRA", "KEN"])
        {
            Assert.Equal(HttpStatusCode.Created,
                (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/{state}", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        }

        // Kenya's document is replaced in storage by one the API would refuse today (stored before it did, say).
        var documents = new BlobContainerClient(api.StorageConnectionString, StorageNames.ResponsesContainer);
        await foreach (var blob in documents.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{cycle}/KEN" }))
        {
            await documents.GetBlobClient(blob.Name).UploadAsync(BinaryData.FromString(stored), overwrite: true);
        }

        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);

        var status = await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        Assert.Equal(1, (int?)status["responses"]);
        Assert.Equal(["KEN"], status["unreadable"]!.AsArray().Select(id => (string)id!));
        var csv = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/responses.csv");
        Assert.Contains("BRA", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("KEN", csv, StringComparison.Ordinal);
    }

    /// <summary>Replaces the vanished document by removing the response from the index, as an operator repairing storage would.</summary>
    private async Task RestoreAsync(string cycle)
    {
        var table = new TableClient(api.StorageConnectionString, StorageNames.CyclesTable);
        await foreach (var row in table.QueryAsync<TableEntity>(row => row.PartitionKey == cycle && row.RowKey != CycleEntity.RowKeyValue))
        {
            await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
        }
    }

    /// <summary>The cycle row's ETag and every output's ETag: any write would change one of them.</summary>
    private async Task<string> SnapshotAsync(string cycle)
    {
        var row = await new TableClient(api.StorageConnectionString, StorageNames.CyclesTable).GetEntityAsync<TableEntity>(cycle, CycleEntity.RowKeyValue);
        var outputs = new BlobContainerClient(api.StorageConnectionString, StorageNames.SynthesisContainer);
        var etags = new List<string> { row.Value.ETag.ToString() };
        await foreach (var blob in outputs.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{cycle}/" }))
        {
            etags.Add($"{blob.Name}={blob.Properties.ETag}");
        }

        // The row, and every output: the reports in each of the six languages, the others once.
        Assert.Equal(1 + EcFunctions.Synthesis.ReportLanguages.AllFiles(EcFunctions.Cycles.CycleViews.Outputs.Keys).Count(), etags.Count);
        return string.Join("\n", etags);
    }
}
