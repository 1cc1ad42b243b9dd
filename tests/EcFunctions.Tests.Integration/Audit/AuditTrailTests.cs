using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Audit;

[Collection(SharedApi.Name)]
public sealed class AuditTrailTests(ApiFixture api)
{
    private readonly HttpClient secretariat = api.CreateSecretariatClient();

    [Fact]
    public async Task RecordsEveryChangeToAResponseAndTheCycleInOrder()
    {
        var cycle = await api.OpenCycleAsync();
        var url = $"/api/cycles/{cycle}/responses/BRA";
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);
        var draft = await brazil.PutNewAsync($"{url}/draft", Json(Samples.ValidAnswer("ec-member-state")));
        var submitted = await brazil.SendMatchingAsync(HttpMethod.Put, url, draft.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));
        var amended = await brazil.SendMatchingAsync(HttpMethod.Put, url, submitted.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));
        await brazil.SendMatchingAsync(HttpMethod.Post, $"{url}/withdrawal", amended.Headers.ETag!);
        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);

        var forBrazil = await EventsAsync($"/api/audit?cycleId={cycle}&respondentId=BRA");
        var forCycle = await EventsAsync($"/api/audit?cycleId={cycle}");

        Assert.Equal(["draft-saved", "submitted", "amended", "withdrawn"], forBrazil.Select(Action));
        Assert.All(forBrazil, entry => Assert.Equal("respondent BRA", (string?)entry["actor"]));
        Assert.Equal(["revision 1", "revision 2", "revision 3", "revision 4"], forBrazil.Select(entry => (string)entry["detail"]!));
        Assert.Equal(
            ["cycle-defined", "cycle-state-changed", "draft-saved", "submitted", "amended", "withdrawn", "cycle-state-changed"],
            forCycle.Select(Action).Take(7));
        Assert.Equal("open to closing", (string?)forCycle[6]["detail"]);
    }

    [Fact]
    public async Task RecordsTokensAndRegistryChangesOutsideAnyCycle()
    {
        var respondent = "audit-" + Guid.NewGuid().ToString("N")[..8];
        (await secretariat.PutAsJsonAsync($"/api/respondents/{respondent}", new
        {
            kind = "other-stakeholder", stakeholderGroup = "civil-society", displayName = "Audit test",
        })).EnsureSuccessStatusCode();
        var issued = await secretariat.PostAsync($"/api/respondents/{respondent}/tokens", null);
        var tokenId = (string)(await issued.Content.ReadFromJsonAsync<JsonObject>())!["tokenId"]!;
        (await secretariat.DeleteAsync($"/api/tokens/{tokenId}")).EnsureSuccessStatusCode();
        (await secretariat.DeleteAsync($"/api/respondents/{respondent}")).EnsureSuccessStatusCode();

        var events = await EventsAsync($"/api/audit?respondentId={respondent}");

        Assert.Equal(["respondent-changed", "token-issued", "token-revoked", "respondent-deactivated"], events.Select(Action));
        Assert.All(events, entry => Assert.Null(entry["cycleId"]));
        Assert.Contains(tokenId, (string?)events[2]["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesThroughTheTrailWithNextLinks()
    {
        var cycle = await api.OpenCycleAsync();
        var seen = new List<JsonObject>();
        string? next = $"/api/audit?cycleId={cycle}&pageSize=1";
        while (next is not null)
        {
            var page = (await secretariat.GetFromJsonAsync<JsonObject>(next))!;
            seen.AddRange(page["events"]!.AsArray().Select(entry => entry!.AsObject()));
            next = (string?)page["next"];
        }

        Assert.Equal(["cycle-defined", "cycle-state-changed"], seen.Select(Action));
    }

    [Fact]
    public async Task IsTheSecretariatsAlone()
    {
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);

        var response = await brazil.GetAsync("/api/audit?respondentId=BRA");
        var badFilter = await secretariat.GetAsync("/api/audit?pageSize=0");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badFilter.StatusCode);
    }

    private static string Action(JsonObject entry) => (string)entry["action"]!;

    private async Task<List<JsonObject>> EventsAsync(string url) =>
        [.. (await secretariat.GetFromJsonAsync<JsonObject>(url))!["events"]!.AsArray().Select(entry => entry!.AsObject())];
}
