using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>A local host and Azurite of their own: the gaps read every earlier cycle, so no other test's cycles may be there.</summary>
[CollectionDefinition(Name)]
public sealed class GapsApi : ICollectionFixture<ApiFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "gaps";
}

/// <summary>
/// Gaps are shares of the Member States that answered, ranked, marked from the threshold the
/// secretariat sets, beside the organisations that work on each issue, this cycle or by their last report.
/// </summary>
[Collection(GapsApi.Name)]
public sealed class GapTests(ApiFixture api) : IDisposable
{
    private const string Costs = "international-interconnection-costs";
    private const string Resources = "critical-internet-resources";
    private const string Spam = "spam";

    private readonly HttpClient secretariat = api.CreateSecretariatClient();

    [Fact]
    public async Task IssuesAreRankedByTheShareOfMemberStatesWithTheOrganisationsOfThisCycleAndOfTheirLastReport()
    {
        // Last year ICANN (named) and ISOC (not named) worked on critical Internet resources; this year neither reports.
        var lastYear = await OpenAsync("gaps-2025", closesInDays: 1);
        await SubmitOrganisationAsync(lastYear, "icann", named: true, issues: [Resources], gaps: []);
        await SubmitOrganisationAsync(lastYear, "isoc", named: false, issues: [Resources], gaps: []);
        await CloseAsync(lastYear);

        var thisYear = await OpenAsync("gaps-2026", closesInDays: 2, gapThreshold: 0.5);
        await SubmitStateAsync(thisYear, "BRA", [Costs, Resources]);
        await SubmitStateAsync(thisYear, "KEN", [Costs]);
        await SubmitStateAsync(thisYear, "FRA", [Spam]);
        await SubmitStateAsync(thisYear, "DEU", []);
        await SubmitOrganisationAsync(thisYear, "itu", named: true, issues: [Costs], gaps: [Spam]);
        await SubmitOrganisationAsync(thisYear, "unesco", named: false, issues: ["freedom-of-expression"], gaps: [Spam]);
        await CloseAsync(thisYear);

        var gaps = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{thisYear}/synthesis/synthesis.json"))!["gaps"]!;
        var issues = gaps["issues"]!.AsArray();
        Assert.Equal(0.5, (double?)gaps["threshold"]);
        // Germany's "none" is an answer: four Member States answered, not three.
        Assert.Equal(4, (int?)gaps["memberStatesAnswered"]);
        // Spam and resources tie at a quarter; resources ranks first, as no organisation works on it this cycle.
        Assert.Equal([Costs, Resources, Spam], issues.Select(issue => (string)issue!["issue"]!));
        Assert.Equal([1, 2, 3], issues.Select(issue => (int)issue!["rank"]!));
        Assert.Equal([(2, 4, 0.5), (1, 4, 0.25), (1, 4, 0.25)], issues.Select(issue => Share(issue!["memberStates"]!)));
        Assert.Equal([true, false, false], issues.Select(issue => (bool)issue!["gap"]!));

        var costs = issues[0]!;
        Assert.Equal(["International Telecommunication Union"], Names(costs["working"]!["named"]!));
        var resources = issues[1]!;
        Assert.Empty(resources["working"]!["named"]!.AsArray());
        Assert.Equal(("Internet Corporation for Assigned Names and Numbers", "gaps-2025"),
            resources["workingByEarlierReport"]!["named"]!.AsArray().Select(named => ((string)named!["name"]!, (string)named["cycleId"]!)).Single());
        Assert.Equal(1, (int?)resources["workingByEarlierReport"]!["unnamed"]);
        var spam = issues[2]!;
        Assert.Equal(["International Telecommunication Union"], Names(spam["callingItAGap"]!["named"]!));
        Assert.Equal(1, (int?)spam["callingItAGap"]!["unnamed"]);
        Assert.Equal((2, 2, 1.0), Share(spam["byStakeholderGroup"]!["intergovernmental-and-international-organisations"]!));

        var report = await secretariat.GetStringAsync($"/api/cycles/{thisYear}/synthesis/report.md");
        Assert.Contains("| 1 | International interconnection costs | 2 of 4 (50%) |", report, StringComparison.Ordinal);
        Assert.Contains("Internet Corporation for Assigned Names and Numbers* (gaps-2025), 1 not named*", report, StringComparison.Ordinal);
        Assert.Contains("at least 50% of them", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Internet Society", report, StringComparison.Ordinal);
        Assert.DoesNotContain("Educational", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheSecretariatChangesTheThresholdAfterTheCloseAndTheSynthesisFollows()
    {
        var cycle = await OpenAsync("gaps-threshold", closesInDays: 3);
        await SubmitStateAsync(cycle, "BRA", [Costs]);
        await SubmitStateAsync(cycle, "KEN", [Spam]);
        await SubmitStateAsync(cycle, "FRA", []);
        await SubmitStateAsync(cycle, "DEU", []);
        await CloseAsync(cycle);
        var status = await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}");
        Assert.Equal(0.25, (double?)status!["gapThreshold"]);
        Assert.Equal([true, true], await MarkedAsync(cycle));

        var refused = await secretariat.PostAsync($"/api/cycles/{cycle}/synthesis", Json(new JsonObject { ["gapThreshold"] = 1.5 }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["gapThreshold"]);

        (await secretariat.PostAsync($"/api/cycles/{cycle}/synthesis", Json(new JsonObject { ["gapThreshold"] = 0.3 }))).EnsureSuccessStatusCode();
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");

        Assert.Equal([false, false], await MarkedAsync(cycle));
        Assert.Equal(0.3, (double?)(await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}"))!["gapThreshold"]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    public async Task ACycleCannotBeDefinedWithAThresholdThatIsNotAShare(double threshold)
    {
        var definition = JsonSerializer.SerializeToNode(ApiFixture.CycleDefinition(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1)))!.AsObject();
        definition["gapThreshold"] = threshold;

        var refused = await secretariat.PutAsync($"/api/cycles/gaps-invalid", Json(definition));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.NotNull((await refused.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!["gapThreshold"]);
    }

    public void Dispose() => secretariat.Dispose();

    private async Task<IEnumerable<bool>> MarkedAsync(string cycle) =>
        (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/synthesis/synthesis.json"))!["gaps"]!["issues"]!.AsArray()
            .Select(issue => (bool)issue!["gap"]!).ToList();

    private async Task<string> OpenAsync(string cycle, int closesInDays, double? gapThreshold = null)
    {
        var definition = JsonSerializer.SerializeToNode(ApiFixture.CycleDefinition(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(closesInDays)))!.AsObject();
        if (gapThreshold is { } threshold)
        {
            definition["gapThreshold"] = threshold;
        }

        (await secretariat.PutAsync($"/api/cycles/{cycle}", Json(definition))).EnsureSuccessStatusCode();
        (await secretariat.PostAsync($"/api/cycles/{cycle}/open", null)).EnsureSuccessStatusCode();
        return cycle;
    }

    private async Task CloseAsync(string cycle)
    {
        (await secretariat.PostAsync($"/api/cycles/{cycle}/close", null)).EnsureSuccessStatusCode();
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
    }

    private async Task SubmitStateAsync(string cycle, string state, string[] notAddressed)
    {
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["answers"]!["issuesNotAddressed"] = new JsonArray([.. notAddressed.Select(issue => JsonValue.Create(issue))]);
        (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/{state}", Json(answer))).EnsureSuccessStatusCode();
    }

    private async Task SubmitOrganisationAsync(string cycle, string organisation, bool named, string[] issues, string[] gaps)
    {
        var answer = Samples.ValidAnswer("ec-organisation");
        answer["consent"]!["citation"] = named ? "cite-by-name" : "aggregate-only";
        answer["answers"]!["issues"] = new JsonArray([.. issues.Select(issue => JsonValue.Create(issue))]);
        answer["answers"]!["gaps"] = new JsonObject { ["issues"] = new JsonArray([.. gaps.Select(issue => JsonValue.Create(issue))]) };
        (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/{organisation}", Json(answer))).EnsureSuccessStatusCode();
    }

    private static (int Count, int Answered, double Value) Share(JsonNode share) => ((int)share["count"]!, (int)share["answered"]!, (double)share["value"]!);

    private static IEnumerable<string> Names(JsonNode named) => named.AsArray().Select(name => (string)name!);
}
