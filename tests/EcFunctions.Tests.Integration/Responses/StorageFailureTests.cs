using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Responses;

/// <summary>
/// Storage failing in the middle of a write: nothing may point at bytes that are not there, and a
/// write that storage accepted but whose reply was lost (so the Azure SDK sent it again and storage
/// refused the copy with 409/412) must be reported once and stored once.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class StorageFailureTests(ApiFixture api) : IAsyncLifetime
{
    private string cycle = "";

    public async Task InitializeAsync() => cycle = await api.OpenCycleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    // With a key, the key's record is in the transaction too, so the SDK's retry is refused on it as
    // well: the write must still be told from a retry of an earlier request, and audited once.
    [Theory]
    [InlineData("BRA", false)]
    [InlineData("IND", true)]
    public async Task ReconcilesAWriteWhoseReplyWasLostInsteadOfStoringItTwice(string respondentId, bool keyed)
    {
        var tableReplies = new LoseReplies(IsTableCommit);
        var blobReplies = new LoseReplies(IsDocumentUpload);
        await using var host = api.HostThrough(tableReplies, blobReplies, retries: true);
        using var client = ApiFixture.CreateClient(host, api.SecretariatToken);
        var url = $"/api/cycles/{cycle}/responses/{respondentId}";
        string? Key() => keyed ? Guid.NewGuid().ToString() : null;

        var first = await client.PutNewAsync(url, Json(Samples.ValidAnswer("ec-member-state")), Key());
        var amended = await client.SendMatchingAsync(HttpMethod.Put, url, first.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")), Key());

        Assert.Equal(2, tableReplies.Lost);
        Assert.Equal(2, blobReplies.Lost);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.All([first, amended], reply => Assert.False(reply.Headers.Contains("Idempotent-Replayed")));
        Assert.Equal(2, (int?)(await amended.Content.ReadFromJsonAsync<JsonObject>())!["revision"]);
        var history = (await client.GetFromJsonAsync<JsonObject>($"{url}/revisions"))!["revisions"]!.AsArray();
        Assert.Equal([1, 2], history.Select(revision => (int)revision!["revision"]!));
        var audit = (await client.GetFromJsonAsync<JsonObject>($"/api/audit?cycleId={cycle}&respondentId={respondentId}"))!["events"]!.AsArray();
        Assert.Equal(["submitted", "amended"], audit.Select(entry => (string)entry!["action"]!).Order(StringComparer.Ordinal).Reverse());
    }

    [Fact]
    public async Task AnswersAProblemForARevisionWhoseDocumentIsMissing()
    {
        using var client = api.CreateSecretariatClient();
        var url = $"/api/cycles/{cycle}/responses/GHA";
        Assert.Equal(HttpStatusCode.Created, (await client.PutNewAsync(url, Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        var documents = new BlobContainerClient(api.StorageConnectionString, StorageNames.ResponsesContainer);
        await foreach (var blob in documents.GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{cycle}/GHA" }))
        {
            await documents.DeleteBlobAsync(blob.Name);
        }

        foreach (var read in (string[])[url, $"{url}/revisions/1"])
        {
            var response = await client.GetAsync(read);

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("revision-content-missing", (string?)(await response.ReadProblemAsync())["code"]);
        }
    }

    [Fact]
    public async Task LeavesNoTraceOfAWriteWhoseDocumentCouldNotBeStoredAndTakesItsRetry()
    {
        var blobUploads = new FailRequests(IsDocumentUpload);
        var tableCommits = new FailRequests(IsTableCommit);
        var url = $"/api/cycles/{cycle}/responses/KEN";

        var blobFailed = await PutThroughAsync(url, blobs: blobUploads);
        var tableFailed = await PutThroughAsync(url, tables: tableCommits);
        using var client = api.CreateSecretariatClient();
        var afterBoth = await client.GetAsync(url);
        var retried = await client.PutNewAsync(url, Json(Samples.ValidAnswer("ec-member-state")));

        Assert.Equal((1, 1), (blobUploads.Failed, tableCommits.Failed));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, blobFailed.StatusCode);
        Assert.Equal("storage-unavailable", (string?)(await blobFailed.ReadProblemAsync())["code"]);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, tableFailed.StatusCode);
        Assert.Equal("10", tableFailed.Headers.RetryAfter?.Delta?.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.NotFound, afterBoth.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.Equal(1, (int?)(await retried.Content.ReadFromJsonAsync<JsonObject>())!["revision"]);
    }

    private static bool IsTableCommit(HttpMessage message) =>
        message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);

    private bool IsDocumentUpload(HttpMessage message) =>
        message.Request.Method == RequestMethod.Put
        && message.Request.Uri.Path.Contains($"/{StorageNames.ResponsesContainer}/{cycle}/", StringComparison.Ordinal);

    private async Task<HttpResponseMessage> PutThroughAsync(string url, HttpPipelinePolicy? tables = null, HttpPipelinePolicy? blobs = null)
    {
        await using var host = api.HostThrough(tables, blobs, retries: false);
        using var client = ApiFixture.CreateClient(host, api.SecretariatToken);
        return await client.PutNewAsync(url, Json(Samples.ValidAnswer("ec-member-state")));
    }

    /// <summary>Fails every matching request before it reaches storage, as an unreachable service would.</summary>
    private sealed class FailRequests(Func<HttpMessage, bool> matches) : HttpPipelinePolicy
    {
        private int failed;

        public int Failed => failed;

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            if (matches(message))
            {
                Interlocked.Increment(ref failed);
                throw new IOException("Storage could not be reached.");
            }

            return ProcessNextAsync(message, pipeline);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>Lets every matching request reach storage, and loses the reply of each first try (not of its retry).</summary>
    private sealed class LoseReplies(Func<HttpMessage, bool> matches) : HttpPipelinePolicy
    {
        private int matched;

        public int Lost => (matched + 1) / 2;

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            if (matches(message) && Interlocked.Increment(ref matched) % 2 == 1)
            {
                throw new IOException("The reply was lost on its way back.");
            }
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
            ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
    }
}
