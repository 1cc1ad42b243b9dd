using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>
/// A reader of the public report who knows the registry tries to tell who wrote what a respondent
/// asked not to be named for, by elimination, by its files, or by who did not answer.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ConsentTests(ApiFixture api) : IAsyncLifetime
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
    public async Task ThePublicReportCannotBeMadeToNameARespondentThatDeclinedToBeNamed()
    {
        // Three Asian states named, Pakistan not: "Governments, Asia" would be Pakistan. The one
        // unnamed organisation of its group would be named by its group.
        foreach (var state in new[] { "JPN", "CHN", "IND" })
        {
            await SubmitAsync(state, "ec-member-state", named: true);
        }

        var paper = await UploadAsync("PAK", "islamabad-position.pdf");
        await SubmitAsync("PAK", "ec-member-state", named: false, new JsonObject { ["id"] = paper, ["title"] = "Position of Pakistan" });
        foreach (var state in new[] { "KEN", "NGA", "ZAF" })
        {
            await SubmitAsync(state, "ec-member-state", named: false);
        }

        await SubmitAsync("icann", "ec-organisation", named: false);
        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var report = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/report.md");
        var synthesis = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/synthesis/synthesis.json"))!;

        Assert.DoesNotContain("Asia", HeadingAbove(report, "written by PAK"), StringComparison.Ordinal);
        Assert.DoesNotContain("Technical", HeadingAbove(report, "written by icann"), StringComparison.Ordinal);
        Assert.Contains("— *Japan*", report, StringComparison.Ordinal);
        // Within a set, quotes in the order of the respondents' ids would name them by position.
        string[] declined = ["KEN", "NGA", "ZAF"];
        Assert.NotEqual(declined, declined.OrderBy(id => report.IndexOf($"written by {id}", StringComparison.Ordinal)));
        Assert.DoesNotContain("Pakistan", report, StringComparison.Ordinal);
        Assert.DoesNotContain("islamabad", report, StringComparison.Ordinal);
        // Who did not answer is the secretariat's to know, not the public's.
        Assert.Contains(synthesis["notResponded"]!.AsArray(), respondent => (string?)respondent!["displayName"] == "Argentina");
        Assert.DoesNotContain("Argentina", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnswersOfFewerThanKRespondentsWhoDeclinedAreWithheldAltogether()
    {
        await SubmitAsync("BRA", "ec-member-state", named: true);
        await SubmitAsync("KEN", "ec-member-state", named: false);
        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var report = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/report.md");

        Assert.Contains("written by BRA", report, StringComparison.Ordinal);
        Assert.DoesNotContain("written by KEN", report, StringComparison.Ordinal);
        Assert.Contains("Withheld", report, StringComparison.Ordinal);
    }

    /// <summary>The nearest heading above the quote holding <paramref name="marker"/>: what the reader learns of its author.</summary>
    private static string HeadingAbove(string report, string marker)
    {
        var before = report[..report.IndexOf(marker, StringComparison.Ordinal)];
        return before.Split('\n').Last(line => line.StartsWith('#'));
    }

    private async Task SubmitAsync(string respondentId, string questionnaireId, bool named, JsonObject? attachment = null)
    {
        var answer = Samples.ValidAnswer(questionnaireId);
        answer["questionnaire"]!["version"] = "1.1.0";
        answer["consent"]!["citation"] = named ? "cite-by-name" : "aggregate-only";
        answer["answers"]![questionnaireId == "ec-member-state" ? "capacityBuildingNeeds" : "mandate"] = $"Our words, written by {respondentId}.";
        if (attachment is not null)
        {
            answer["attachments"] = new JsonArray(attachment);
        }

        (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/{respondentId}", Json(answer))).EnsureSuccessStatusCode();
    }

    private async Task<string> UploadAsync(string respondentId, string fileName)
    {
        var content = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.7\n% paper\n%%EOF\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileNameStar = fileName };
        var upload = await secretariat.PostAsync($"/api/cycles/{cycle}/responses/{respondentId}/attachments", content);
        upload.EnsureSuccessStatusCode();
        return (string)(await upload.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }
}
