using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Attachments;

[Collection(SharedApi.Name)]
public sealed class AttachmentTests(ApiFixture api) : IAsyncLifetime
{
    private const string Pdf = "application/pdf";
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Odt = "application/vnd.oasis.opendocument.text";

    private readonly HttpClient secretariat = api.CreateSecretariatClient();
    private string cycle = "";

    public async Task InitializeAsync() => cycle = await api.OpenCycleAsync("1.1.0");

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task StoresAFileAndServesItBackWithItsNameAndTypeFoundFromItsContent()
    {
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);
        var bytes = PdfBytes("Position paper");

        var upload = await UploadAsync(brazil, "BRA", bytes, "Position paper 2026.pdf", "application/octet-stream");
        var again = await UploadAsync(brazil, "BRA", bytes, "copy.pdf", Pdf);
        var download = await secretariat.GetAsync(upload.Headers.Location);
        var listing = await brazil.GetFromJsonAsync<JsonObject>($"{Url("BRA")}/attachments");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        var attachment = (await upload.Content.ReadFromJsonAsync<JsonObject>())!;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.Equal(sha256[..32], (string?)attachment["id"]);
        Assert.Equal((Pdf, "Position paper 2026.pdf", (long)bytes.Length, sha256),
            ((string?)attachment["mediaType"], (string?)attachment["fileName"], (long?)attachment["size"], (string?)attachment["sha256"]));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((string?)attachment["id"], (string?)(await again.Content.ReadFromJsonAsync<JsonObject>())!["id"]);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(bytes, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(Pdf, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Position paper 2026.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal([(string)attachment["id"]!], listing!["attachments"]!.AsArray().Select(entry => (string)entry!["id"]!));
    }

    [Fact]
    public async Task ServesAHostileNameBackAsAVisibleNameOfItsTypeEncodedForAnyBrowser()
    {
        var upload = new ByteArrayContent(PdfBytes("Renamed"));
        upload.Headers.ContentType = new MediaTypeHeaderValue(Pdf);
        upload.Headers.TryAddWithoutValidation("Content-Disposition", "attachment; filename*=UTF-8''..%2F..%2F%E2%80%AE%00fdp.exe");

        var created = await secretariat.PostAsync($"{Url("MEX")}/attachments", upload);
        var download = await secretariat.GetAsync(created.Headers.Location);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("fdp.exe.pdf", (string?)(await created.Content.ReadFromJsonAsync<JsonObject>())!["fileName"]);
        Assert.Equal("fdp.exe.pdf", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Contains("filename*=UTF-8''", download.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("docx")]
    [InlineData("odt")]
    public async Task TellsWordAndOpenDocumentFilesApartByWhatTheyHold(string kind)
    {
        var bytes = kind == "docx"
            ? Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", "<w:document/>"))
            : Zip(("mimetype", Odt), ("content.xml", "<office:document-content/>"));

        var upload = await UploadAsync(secretariat, "ARG", bytes, $"report.{kind}", "application/octet-stream");

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(kind == "docx" ? Docx : Odt, (string?)(await upload.Content.ReadFromJsonAsync<JsonObject>())!["mediaType"]);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("spreadsheet")]
    [InlineData("zip")]
    [InlineData("empty")]
    public async Task RefusesAFileThatIsNotPdfDocxOrOdtWhateverItsNameSays(string kind)
    {
        var bytes = kind switch
        {
            "text" => Encoding.UTF8.GetBytes("Just text, named like a PDF."),
            "spreadsheet" => Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet"), ("content.xml", "<x/>")),
            "zip" => Zip(("notes.txt", "hello")),
            _ => [],
        };

        var upload = await UploadAsync(secretariat, "KEN", bytes, "report.pdf", Pdf);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, upload.StatusCode);
        Assert.Equal("attachment-type-not-allowed", (string?)(await upload.ReadProblemAsync())["code"]);
        Assert.Empty((await secretariat.GetFromJsonAsync<JsonObject>($"{Url("KEN")}/attachments"))!["attachments"]!.AsArray());
    }

    [Fact]
    public async Task RefusesAFileOverTwentyMebibytesByDefault()
    {
        var bytes = PdfBytes(new string('x', 20 * 1024 * 1024));

        var upload = await UploadAsync(secretariat, "CHL", bytes, "huge.pdf", Pdf);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, upload.StatusCode);
        Assert.Equal("body-too-large", (string?)(await upload.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task KeepsAttachmentsToTheirRespondent()
    {
        var upload = await UploadAsync(secretariat, "IND", PdfBytes("India"), "india.pdf", Pdf);
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);

        var download = await brazil.GetAsync(upload.Headers.Location);
        var listing = await brazil.GetAsync($"{Url("IND")}/attachments");
        var elsewhere = await secretariat.GetAsync(upload.Headers.Location!.OriginalString.Replace("/IND/", "/PAK/", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, listing.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal("attachment-not-found", (string?)(await elsewhere.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task LetsAnAnswerReferToItsFilesOnlyAndListsThemPerRespondentInTheSynthesis()
    {
        var upload = await UploadAsync(secretariat, "BRA", PdfBytes("Brazil's paper"), "brazil.pdf", Pdf);
        var id = (string)(await upload.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
        var unknown = Answer(new string('0', 32));

        var refused = await secretariat.PutNewAsync(Url("BRA"), Json(unknown));
        var accepted = await secretariat.PutNewAsync(Url("BRA"), Json(Answer(id, "National position paper")));
        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var synthesis = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/synthesis/synthesis.json"))!;
        var report = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/report.md");
        var audit = await secretariat.GetFromJsonAsync<JsonObject>($"/api/audit?cycleId={cycle}&respondentId=BRA");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["/attachments/0/id"], (await refused.ReadProblemAsync()).Errors().Keys);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var listed = Assert.Single(synthesis["attachments"]!.AsArray())!;
        Assert.Equal("BRA", (string?)listed["respondentId"]);
        var file = Assert.Single(listed["files"]!.AsArray())!;
        Assert.Equal((id, "National position paper", "brazil.pdf"), ((string?)file["id"], (string?)file["title"], (string?)file["fileName"]));
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync((string)file["href"]!)).StatusCode);
        Assert.Contains("| Brazil | brazil.pdf | National position paper | PDF |", report, StringComparison.Ordinal);
        Assert.Equal(["attachment-uploaded", "submitted"], audit!["events"]!.AsArray().Select(entry => (string)entry!["action"]!));
    }

    private string Url(string respondentId) => $"/api/cycles/{cycle}/responses/{respondentId}";

    private static JsonObject Answer(string attachmentId, string? title = null)
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["questionnaire"]!["version"] = "1.1.0";
        var reference = new JsonObject { ["id"] = attachmentId };
        if (title is not null)
        {
            reference["title"] = title;
        }

        answer["attachments"] = new JsonArray(reference);
        return answer;
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, string respondentId, byte[] bytes, string fileName, string mediaType)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName };
        return await client.PostAsync($"{Url(respondentId)}/attachments", content);
    }

    private static byte[] PdfBytes(string text) => Encoding.ASCII.GetBytes($"%PDF-1.7\n% {text}\n%%EOF\n");

    private static byte[] Zip(params (string Name, string Text)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name, name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open());
                writer.Write(text);
            }
        }

        return buffer.ToArray();
    }
}
