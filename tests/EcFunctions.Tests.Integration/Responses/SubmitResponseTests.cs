using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Responses;

[Collection(SharedApi.Name)]
public sealed class SubmitResponseTests(ApiFixture api) : IAsyncLifetime
{
    private readonly HttpClient client = api.CreateSecretariatClient();
    private string cycle = "";

    public async Task InitializeAsync() => cycle = await api.OpenCycleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("ec-organisation", "itu")]
    [InlineData("ec-member-state", "BRA")]
    [InlineData("ec-stakeholder", "apc")]
    public async Task StoresAValidAnswerAndReturnsItByteForByte(string questionnaireId, string respondentId)
    {
        // Indented, with a non-ASCII name: what comes back must be these bytes, not a re-serialisation.
        var answer = Samples.ValidAnswer(questionnaireId);
        answer["respondent"]!["name"] = "Répondant — 測試";
        var bytes = Encoding.UTF8.GetBytes(answer.ToJsonString(new() { WriteIndented = true }));

        var put = await client.PutNewAsync($"/api/cycles/{cycle}/responses/{respondentId}", Json(bytes));

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal($"/api/cycles/{cycle}/responses/{respondentId}", put.Headers.Location?.OriginalString);
        var receipt = await put.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(1, (int?)receipt!["revision"]);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), (string?)receipt["sha256"]);
        Assert.Equal(bytes.Length, (long?)receipt["size"]);
        Assert.Equal(questionnaireId, (string?)receipt["questionnaire"]!["id"]);
        Assert.Equal("1.0.0", (string?)receipt["questionnaire"]!["version"]);
        Assert.Equal(put.Headers.ETag!.Tag, (string?)receipt["eTag"]);

        var get = await client.GetAsync($"/api/cycles/{cycle}/responses/{respondentId}");

        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
        Assert.Equal("application/json", get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(bytes, await get.Content.ReadAsByteArrayAsync());
        Assert.Equal(put.Headers.ETag, get.Headers.ETag);
    }

    [Fact]
    public async Task StoresTheDocumentAsABlobAndIndexesItInTheTable()
    {
        var bytes = Encoding.UTF8.GetBytes(Samples.ValidAnswer("ec-member-state").ToJsonString());

        var put = await client.PutNewAsync($"/api/cycles/{cycle}/responses/KEN", Json(bytes));
        Assert.Equal(HttpStatusCode.Created, put.StatusCode);

        var table = new TableClient(api.StorageConnectionString, StorageNames.CyclesTable);
        var head = (await table.GetEntityAsync<ResponseEntity>(cycle, ResponseEntity.HeadKey("KEN"))).Value;
        var revision = (await table.GetEntityAsync<ResponseEntity>(cycle, ResponseEntity.RevisionKey("KEN", 1))).Value;
        Assert.Equal(head.BlobName, revision.BlobName);
        Assert.Equal(("ec-member-state", "1.0.0", 1), (head.QuestionnaireId, head.QuestionnaireVersion, head.Revision));

        var blob = new BlobContainerClient(api.StorageConnectionString, StorageNames.ResponsesContainer)
            .GetBlobClient(head.BlobName);
        Assert.Equal(bytes, (await blob.DownloadContentAsync()).Value.Content.ToArray());
    }

    [Fact]
    public async Task ASecondWriteBecomesRevisionTwoAndKeepsTheFirstRevisionBlob()
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        var first = await client.PutNewAsync($"/api/cycles/{cycle}/responses/ARG", Json(answer));
        answer["respondent"]!["name"] = "Argentine Republic";

        var second = await client.SendMatchingAsync(HttpMethod.Put, $"/api/cycles/{cycle}/responses/ARG", first.Headers.ETag!, Json(answer));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, (int?)(await second.Content.ReadFromJsonAsync<JsonObject>())!["revision"]);
        Assert.NotEqual(first.Headers.ETag, second.Headers.ETag);
        var blobs = new BlobContainerClient(api.StorageConnectionString, StorageNames.ResponsesContainer)
            .GetBlobsAsync(new Azure.Storage.Blobs.Models.GetBlobsOptions { Prefix = $"{cycle}/ARG/" });
        Assert.Equal(2, await blobs.CountAsync());
        var current = await client.GetStringAsync($"/api/cycles/{cycle}/responses/ARG");
        Assert.Contains("Argentine Republic", current, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersNotModifiedWhenTheClientHoldsTheCurrentRevision()
    {
        var put = await client.PutNewAsync($"/api/cycles/{cycle}/responses/IND", Json(Samples.ValidAnswer("ec-member-state")));
        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/api/cycles/{cycle}/responses/IND");
        conditional.Headers.IfNoneMatch.Add(put.Headers.ETag!);

        var get = await client.SendAsync(conditional);

        Assert.Equal(HttpStatusCode.NotModified, get.StatusCode);
    }

    [Fact]
    public async Task ReturnsNotFoundForARespondentWithoutAResponse()
    {
        var response = await client.GetAsync($"/api/cycles/{cycle}/responses/FRA");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("response-not-found", (string?)(await response.ReadProblemAsync())["code"]);
    }
}
