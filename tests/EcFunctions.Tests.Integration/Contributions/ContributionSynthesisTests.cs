using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Contributions;

/// <summary>
/// The Secretary-General's table counts questionnaire answers and registered contributions by group and
/// channel, and the annex names those who consented to be named, and no one else.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ContributionSynthesisTests(ApiFixture api) : IAsyncLifetime
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
    public async Task TheTableCountsEveryChannelByGroupAndTheAnnexNamesOnlyThoseWhoConsented()
    {
        await SubmitAsync("BRA", "ec-member-state", named: true);
        await SubmitAsync("KEN", "ec-member-state", named: false);
        await SubmitAsync("apc", "ec-stakeholder", named: true);
        await SubmitAsync("diplo", "ec-stakeholder", named: false);
        await RegisterAsync("paper-002", "written", "Russian Federation", "governments", named: true, title: "Contribution to the fourth meeting");
        await RegisterAsync("paper-003", "written", "Zimbabwe", "governments", named: false, title: "Views of a delegation");
        await RegisterAsync("statement-1", "oral", "A Person Who Declined", "civil-society", named: false);
        await RegisterAsync("remark-1", "informal", "Association for Progressive Communications", "civil-society", named: true);
        await RegisterAsync("remark-2", "informal", "International Chamber of Commerce", "private-sector", named: true);

        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var synthesis = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/synthesis/synthesis.json"))!;
        var report = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/report.md");

        var rows = synthesis["channels"]!["groups"]!.AsArray().ToDictionary(row => (string)row!["group"]!, row => row!);
        Assert.Equal((2, 2, 0, 0, 4), Counts(rows["governments"]));
        Assert.Equal((1, 0, 1, 1, 3), Counts(rows["civil-society"]));
        Assert.Equal((0, 0, 0, 1, 1), Counts(rows["private-sector"]));
        Assert.Equal((1, 0, 0, 0, 1), Counts(rows["technical-and-academic-community"]));
        Assert.Equal((4, 2, 1, 2, 9), Counts(synthesis["channels"]!["total"]!));
        var registered = synthesis["channels"]!["registered"]!.AsArray().ToDictionary(entry => (string)entry!["id"]!, entry => entry!);
        Assert.Null((string?)registered["paper-003"]["author"]);
        Assert.Equal("Views of a delegation", (string?)registered["paper-003"]["title"]);
        Assert.Equal("Russian Federation", (string?)registered["paper-002"]["author"]);
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires", "_synthesis", "1.2.0.schema.json"));
        Assert.Empty(schema.Validate(synthesis.ToJsonString()));

        Assert.Contains("## Number of contributions by stakeholder group and channel", report, StringComparison.Ordinal);
        Assert.Contains("| Governments | 2 | 2 | 0 | 0 | 4 |", report, StringComparison.Ordinal);
        Assert.Contains("| International organizations | 0 | 0 | 0 | 0 | 0 |", report, StringComparison.Ordinal);
        Assert.Contains("| **Total** | 4 | 2 | 1 | 2 | 9 |", report, StringComparison.Ordinal);
        var annex = report[report.IndexOf("## Annex: contributors who consented to be named", StringComparison.Ordinal)..];
        Assert.Contains("### Governments\n\n- Brazil\n- Russian Federation\n", annex, StringComparison.Ordinal);
        Assert.Contains("### Civil society\n\n- APC\n- Association for Progressive Communications\n", annex, StringComparison.Ordinal);
        Assert.Contains("### Private sector\n\n- International Chamber of Commerce\n", annex, StringComparison.Ordinal);
        Assert.True(report.IndexOf("## Annex", StringComparison.Ordinal) < report.IndexOf("## Free-text answers", StringComparison.Ordinal));
        foreach (var declined in (string[])["Kenya", "DIPLO", "Zimbabwe", "A Person Who Declined"])
        {
            Assert.DoesNotContain(declined, annex, StringComparison.Ordinal);
        }

        // Zimbabwe is in the secretariat's list of who did not answer the questionnaire, never as an author.
        Assert.DoesNotContain("A Person Who Declined", synthesis.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AContributionRegisteredAfterTheSynthesisChangesItsFingerprintSoARequestedRerunCountsIt()
    {
        await SubmitAsync("BRA", "ec-member-state", named: true);
        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var before = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/synthesis/synthesis.json"))!;

        await RegisterAsync("paper-004", "written", "Russian Federation", "governments", named: true, title: "Draft structure of the report");
        Assert.Equal(HttpStatusCode.Accepted, (await secretariat.PostAsync($"/api/cycles/{cycle}/synthesis", null)).StatusCode);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var after = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/synthesis/synthesis.json"))!;

        Assert.NotEqual((string?)before["fingerprint"], (string?)after["fingerprint"]);
        Assert.Equal(0, (int?)before["channels"]!["total"]!["written"]);
        Assert.Equal(1, (int?)after["channels"]!["total"]!["written"]);
    }

    private static (int, int, int, int, int) Counts(JsonNode row) =>
        ((int)row["questionnaire"]!, (int)row["written"]!, (int)row["oral"]!, (int)row["informal"]!, (int)row["total"]!);

    private async Task SubmitAsync(string respondentId, string questionnaireId, bool named)
    {
        var answer = Samples.ValidAnswer(questionnaireId);
        answer["questionnaire"]!["version"] = "1.1.0";
        answer["consent"]!["citation"] = named ? "cite-by-name" : "aggregate-only";
        (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/{respondentId}", Json(answer))).EnsureSuccessStatusCode();
    }

    private async Task RegisterAsync(string id, string channel, string author, string group, bool named, string? title = null) =>
        (await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/{id}", Json(new JsonObject
        {
            ["channel"] = channel,
            ["author"] = author,
            ["stakeholderGroup"] = group,
            ["title"] = title,
            ["language"] = "en",
            ["received"] = "2026-03-02",
            ["named"] = named,
        }))).EnsureSuccessStatusCode();
}
