using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Contributions;

/// <summary>The secretariat keeps a written contribution's document with its registration.</summary>
[Collection(SharedApi.Name)]
public sealed class ContributionDocumentTests(ApiFixture api) : IAsyncLifetime
{
    private readonly HttpClient secretariat = api.CreateSecretariatClient();
    private string cycle = "";

    public async Task InitializeAsync() => cycle = await api.OpenCycleAsync("1.1.0");

    public Task DisposeAsync()
    {
        secretariat.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task ADocumentIsUploadedDownloadedReplacedKeptOnEditAndRemovedWithItsContribution()
    {
        await RegisterAsync("paper-002", "written");
        var first = Pdf("Contribution to the fourth meeting");
        var second = Pdf("Contribution to the fourth meeting, revised");

        var uploaded = await UploadAsync("paper-002", first, "Contribution de la Fédération de Russie.pdf");
        Assert.Equal(HttpStatusCode.OK, uploaded.StatusCode);
        var document = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["document"]!;
        Assert.Equal("Contribution de la Fédération de Russie.pdf", (string?)document["fileName"]);
        Assert.Equal("application/pdf", (string?)document["mediaType"]);
        Assert.Equal(first.Length, (long)document["size"]!);
        Assert.Equal($"/api/cycles/{cycle}/contributions/paper-002/document", (string?)document["href"]);

        var download = await secretariat.GetAsync((string)document["href"]!);
        Assert.Equal(first, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal("Contribution de la Fédération de Russie.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);

        Assert.Equal(HttpStatusCode.OK, (await UploadAsync("paper-002", second, "revised.pdf")).StatusCode);
        Assert.Equal(second, await secretariat.GetByteArrayAsync((string)document["href"]!));

        // Editing the registration keeps the document with it.
        await RegisterAsync("paper-002", "written");
        var listed = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/contributions"))!["contributions"]![0]!;
        Assert.Equal("revised.pdf", (string?)listed["document"]!["fileName"]);

        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.DeleteAsync($"/api/cycles/{cycle}/contributions/paper-002")).StatusCode);
        await RegisterAsync("paper-002", "written");
        var gone = await secretariat.GetAsync((string)document["href"]!);
        Assert.Equal("contribution-document-not-found", (string?)(await gone.ReadProblemAsync())["code"]);
        Assert.Empty(await StoredDocumentsAsync($"contributions/{cycle}/"));

        var audit = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/audit?cycleId={cycle}"))!["events"]!.AsArray();
        Assert.Contains(audit, entry => (string?)entry!["detail"] == $"paper-002 document revised.pdf (application/pdf, {second.Length} bytes)");
    }

    [Fact]
    public async Task RefusesADocumentForAnUnknownOrAnOralContributionOrOneThatIsNotADocument()
    {
        await RegisterAsync("statement-1", "oral");
        await RegisterAsync("paper-9", "written");

        var unknown = await UploadAsync("paper-404", Pdf("x"), "x.pdf");
        var oral = await UploadAsync("statement-1", Pdf("x"), "x.pdf");
        var executable = await UploadAsync("paper-9", [0x4D, 0x5A, 0x90, 0x00], "paper.pdf");
        var huge = await UploadAsync("paper-9", Pdf(new string('x', 20 * 1024 * 1024)), "huge.pdf");

        Assert.Equal((HttpStatusCode.NotFound, "contribution-not-found"), (unknown.StatusCode, (string?)(await unknown.ReadProblemAsync())["code"]));
        Assert.Equal((HttpStatusCode.Conflict, "contribution-not-written"), (oral.StatusCode, (string?)(await oral.ReadProblemAsync())["code"]));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, executable.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/api/cycles/{cycle}/contributions/paper-9/document")).StatusCode);
    }

    [Fact]
    public async Task ARespondentCanNeitherUploadNorDownloadADocument()
    {
        await RegisterAsync("paper-7", "written");
        await UploadAsync("paper-7", Pdf("ours"), "ours.pdf");
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);

        var upload = new ByteArrayContent(Pdf("theirs"));
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        Assert.Equal(HttpStatusCode.Forbidden, (await brazil.PutAsync($"/api/cycles/{cycle}/contributions/paper-7/document", upload)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await brazil.GetAsync($"/api/cycles/{cycle}/contributions/paper-7/document")).StatusCode);
    }

    [Fact]
    public async Task ARegistrationChangedToOralLosesItsDocument()
    {
        await RegisterAsync("paper-8", "written");
        await UploadAsync("paper-8", Pdf("spoken after all"), "spoken.pdf");

        await RegisterAsync("paper-8", "oral");

        var listed = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/contributions"))!["contributions"]!.AsArray()
            .Single(entry => (string?)entry!["id"] == "paper-8")!;
        Assert.Null(listed["document"]);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/api/cycles/{cycle}/contributions/paper-8/document")).StatusCode);
        Assert.Empty(await StoredDocumentsAsync($"contributions/{cycle}/paper-8/"));
    }

    private async Task RegisterAsync(string id, string channel) =>
        (await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/{id}", Json(new JsonObject
        {
            ["channel"] = channel,
            ["author"] = "Russian Federation",
            ["stakeholderGroup"] = "governments",
            ["title"] = "Contribution to the fourth meeting",
            ["language"] = "en",
            ["received"] = "2017-01-20",
            ["named"] = true,
        }))).EnsureSuccessStatusCode();

    private async Task<HttpResponseMessage> UploadAsync(string id, byte[] bytes, string fileName)
    {
        var upload = new ByteArrayContent(bytes);
        upload.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        upload.Headers.TryAddWithoutValidation("Content-Disposition", $"attachment; filename*=UTF-8''{Uri.EscapeDataString(fileName)}");
        return await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/{id}/document", upload);
    }

    private async Task<List<string>> StoredDocumentsAsync(string prefix) =>
        await new BlobServiceClient(api.StorageConnectionString).GetBlobContainerClient("attachments")
            .GetBlobsAsync(new GetBlobsOptions { Prefix = prefix }).Select(blob => blob.Name).ToListAsync();

    private static byte[] Pdf(string text) => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");
}
