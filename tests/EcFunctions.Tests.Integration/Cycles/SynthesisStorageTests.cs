using System.IO.Compression;
using System.Net;
using Azure.Storage.Blobs;
using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>How the synthesis's outputs lie in storage, and that every reader gets them as they were written.</summary>
[Collection(SharedApi.Name)]
public sealed class SynthesisStorageTests(ApiFixture api)
{
    private readonly HttpClient secretariat = api.CreateSecretariatClient();

    [Fact]
    public async Task TheTextOutputsAreStoredGzipCompressedAndServedAsWritten()
    {
        var cycle = await api.OpenCycleAsync();
        Assert.Equal(HttpStatusCode.Created,
            (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var outputs = new BlobContainerClient(api.StorageConnectionString, StorageNames.SynthesisContainer);

        foreach (var (file, served, starts) in new[]
        {
            ("report.md", "report.md", "# "), ("report.es.html", "report.html?lang=es", "<!DOCTYPE html>"),
            ("responses.csv", "responses.csv", "respondentId,"), ("responses-lists.csv", "responses-lists.csv", "respondentId,"),
        })
        {
            var stored = (await outputs.GetBlobClient($"{cycle}/{file}").DownloadContentAsync()).Value;
            Assert.Equal("gzip", stored.Details.ContentEncoding);
            using var unzipped = new GZipStream(stored.Content.ToStream(), CompressionMode.Decompress);
            using var written = new MemoryStream();
            await unzipped.CopyToAsync(written);

            using var response = await secretariat.GetAsync($"/api/cycles/{cycle}/synthesis/{served}");
            response.EnsureSuccessStatusCode();
            Assert.Empty(response.Content.Headers.ContentEncoding);
            var body = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(written.ToArray(), body);
            Assert.StartsWith(starts, System.Text.Encoding.UTF8.GetString(body), StringComparison.Ordinal);
        }

        var json = (await outputs.GetBlobClient($"{cycle}/synthesis.json").DownloadContentAsync()).Value;
        Assert.Null(json.Details.ContentEncoding);
        Assert.Equal(json.Content.ToArray(), await secretariat.GetByteArrayAsync($"/api/cycles/{cycle}/synthesis/synthesis.json"));
    }
}
