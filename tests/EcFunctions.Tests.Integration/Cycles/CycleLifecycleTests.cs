using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

[Collection(SharedApi.Name)]
public sealed class CycleLifecycleTests(ApiFixture api)
{
    private readonly HttpClient secretariat = api.CreateSecretariatClient();
    private readonly string cycle = "c" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task RunsACycleFromDraftToSynthesisWithEveryKindOfRespondent()
    {
        var created = await secretariat.PutAsJsonAsync($"/api/cycles/{cycle}", ApiFixture.CycleDefinition(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(30)));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("draft", (string?)(await created.Content.ReadFromJsonAsync<JsonObject>())!["state"]);
        // A draft is invisible to respondents; once open, it is theirs to answer.
        Assert.Equal("cycle-not-found", (string?)(await (await Submit("BRA", "ec-member-state")).ReadProblemAsync())["code"]);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.PostAsync($"/api/cycles/{cycle}/open", null)).StatusCode);

        var submitted = new[]
        {
            await Submit("BRA", "ec-member-state"),
            await Submit("KEN", "ec-member-state", position: "build-on-existing-mechanisms", citation: "aggregate-only"),
            await Submit("JPN", "ec-member-state", position: "build-on-existing-mechanisms"),
            await Submit("itu", "ec-organisation"),
            await Submit("icann", "ec-organisation", citation: "aggregate-only"),
            await Submit("apc", "ec-stakeholder"),
            await Submit("icc-basis", "ec-stakeholder"),
        };
        Assert.All(submitted, response => Assert.Equal(HttpStatusCode.Created, response.StatusCode));

        var close = await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        Assert.Equal(HttpStatusCode.Accepted, close.StatusCode);
        Assert.Equal($"/api/cycles/{cycle}/synthesis", close.Headers.Location?.OriginalString);

        var late = await Submit("ARG", "ec-member-state");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var refusal = await late.ReadProblemAsync();
        Assert.Equal("cycle-closed", (string?)refusal["code"]);
        Assert.NotNull(refusal["closedAt"]);

        var status = await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        Assert.Equal(7, (int?)status["responses"]);
        Assert.Equal(7, status["outputs"]!.AsObject().Count);

        var synthesis = await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/synthesis/synthesis.json");
        Assert.Equal(7, (int?)synthesis!["responses"]);
        var contributions = synthesis["contributions"]!.AsArray().ToDictionary(row => (string)row!["stakeholderGroup"]!, row => row!);
        Assert.Equal(3, (int?)contributions["governments"]["memberStates"]);
        Assert.Equal(1, (int?)contributions["intergovernmental-and-international-organisations"]["organisations"]);
        Assert.Equal(1, (int?)contributions["technical-and-academic-community"]["organisations"]);
        Assert.Equal(1, (int?)contributions["civil-society"]["otherStakeholders"]);
        Assert.Equal(1, (int?)contributions["private-sector"]["otherStakeholders"]);
        Assert.Equal((2, 1), ((int)synthesis["memberStatesByDevelopment"]!["developing"]!, (int)synthesis["memberStatesByDevelopment"]!["developed"]!));
        var memberStates = synthesis["responseRate"]!.AsArray().Single(rate => (string?)rate!["kind"] == "member-state")!;
        Assert.Equal((193, 3), ((int)memberStates["registered"]!, (int)memberStates["responded"]!));
        Assert.Contains(synthesis["notResponded"]!.AsArray(), respondent => (string?)respondent!["id"] == "ARG");

        var position = synthesis["positions"]!.AsArray().Single(question => (string?)question!["path"] == "answers.position.choice")!;
        var tallies = position["tallies"]!.AsArray().ToDictionary(tally => (string)tally!["value"]!, tally => (int)tally!["total"]!);
        Assert.Equal(1, tallies["new-intergovernmental-body"]);
        Assert.Equal(2, tallies["build-on-existing-mechanisms"]);

        // ITU consented to be cited and is named; ICANN asked for aggregate only and is counted, unnamed.
        var connectivity = synthesis["issueOrganisations"]!.AsArray().Single(issue => (string?)issue!["issue"] == "connectivity-and-stability")!;
        Assert.Equal(["International Telecommunication Union"], connectivity["organisations"]!.AsArray().Select(name => (string)name!));
        Assert.Equal(1, (int?)connectivity["unnamedOrganisations"]);

        var csv = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/responses.csv");
        using var rows = CsvHelper.CsvReader.FromText(csv, new CsvHelper.CsvReaderOptions { HasHeader = true });
        var respondents = new List<string>();
        while (rows.Read())
        {
            respondents.Add(rows.GetString("respondentId"));
            Assert.Equal(rows.Headers.Count, rows.FieldCount);
        }

        Assert.Equal(["BRA", "JPN", "KEN", "apc", "icann", "icc-basis", "itu"], respondents);
        // A list of several fields per item is in a CSV of its own, a row per field of an item, so the fields of one item stay together.
        Assert.DoesNotContain("answers.mechanisms.participants", rows.Headers);
        var lists = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/responses-lists.csv");
        Assert.Contains("itu,ec-organisation,answers.mechanisms,1,participants,", lists, StringComparison.Ordinal);
        var report = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/report.md");
        Assert.Contains("| Governments | 3 | 0 | 0 | 3 |", report, StringComparison.Ordinal);
        Assert.Contains("| **Total** | 3 | 2 | 2 | 7 |", report, StringComparison.Ordinal);
        Assert.Contains("— *Brazil*", report, StringComparison.Ordinal);
        // Kenya and ICANN are the only two who declined to be named: fewer than three, so not quoted.
        Assert.Contains("Other respondents, not named\n\nWithheld", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Kenya", report[report.IndexOf("## Free-text answers", StringComparison.Ordinal)..], StringComparison.Ordinal);
        var html = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/report.html");
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<td>Governments</td>", html, StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Submit(string respondentId, string questionnaireId, string? position = null, string citation = "cite-by-name")
    {
        var answer = Samples.ValidAnswer(questionnaireId);
        answer["consent"]!["citation"] = citation;
        if (position is not null)
        {
            answer["answers"]!["position"]!["choice"] = position;
        }

        using var respondent = api.CreateClient((await api.IssueTokenAsync(respondentId)).Token);
        return await respondent.PutNewAsync($"/api/cycles/{cycle}/responses/{respondentId}", Json(answer));
    }
}
