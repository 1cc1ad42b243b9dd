using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Http;

/// <summary>The routes the web app needs: who is signed in, a cycle's progress, a version's layout.</summary>
[Collection(SharedApi.Name)]
public sealed class WebAppApiTests(ApiFixture api)
{
    [Fact]
    public async Task TheCallerIsTheRespondentOrTheSecretariatAndAnonymousIsChallenged()
    {
        using var kenya = api.CreateClient((await api.IssueTokenAsync("KEN")).Token);
        using var secretariat = api.CreateSecretariatClient();
        using var anonymous = api.CreateClient();

        var respondent = await kenya.GetFromJsonAsync<JsonObject>("/api/caller");
        var staff = await secretariat.GetFromJsonAsync<JsonObject>("/api/caller");
        var nobody = await anonymous.GetAsync("/api/caller");

        Assert.Equal(("respondent", "KEN", "member-state", "Kenya"),
            ((string?)respondent!["role"], (string?)respondent["respondentId"], (string?)respondent["kind"], (string?)respondent["name"]));
        Assert.Equal(("secretariat", null), ((string?)staff!["role"], (string?)staff["respondentId"]));
        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal("unauthenticated", (string?)(await nobody.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task TheProgressTableListsEveryRegisteredRespondentWithTheStateOfItsResponse()
    {
        var cycle = await api.OpenCycleAsync();
        using var secretariat = api.CreateSecretariatClient();
        await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state")));
        await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/KEN/draft", Json(Samples.ValidAnswer("ec-member-state")));

        var progress = await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/respondents");
        var rows = progress!["respondents"]!.AsArray().ToDictionary(row => (string)row!["respondentId"]!, row => row!);

        Assert.True(rows.Count >= 203, $"{rows.Count} rows");
        Assert.Equal(("submitted", 1), ((string?)rows["BRA"]["state"], (int?)rows["BRA"]["revision"]));
        Assert.Equal("draft", (string?)rows["KEN"]["state"]);
        Assert.Equal(("not-started", null, "africa"), ((string?)rows["NGA"]["state"], (int?)rows["NGA"]["revision"], (string?)rows["NGA"]["region"]));
        Assert.NotNull(rows["BRA"]["lastChangedAt"]);
    }

    [Fact]
    public async Task OnlyTheSecretariatSeesTheProgressOfAnExistingCycle()
    {
        var cycle = await api.OpenCycleAsync();
        using var kenya = api.CreateClient((await api.IssueTokenAsync("KEN")).Token);
        using var secretariat = api.CreateSecretariatClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await kenya.GetAsync($"/api/cycles/{cycle}/respondents")).StatusCode);
        var unknown = await secretariat.GetAsync("/api/cycles/no-such-cycle/respondents");
        Assert.Equal("cycle-not-found", (string?)(await unknown.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task EveryQuestionnaireVersionHasALayoutServedAnonymouslyWithAStrongETag()
    {
        using var anonymous = api.CreateClient();

        var layout = await anonymous.GetAsync("/api/questionnaires/ec-stakeholder/versions/1.1.0/layout");
        var shared = await anonymous.GetAsync("/api/questionnaires/_vocabulary/versions/1.0.0/layout");

        Assert.Equal(HttpStatusCode.OK, layout.StatusCode);
        Assert.False(layout.Headers.ETag!.IsWeak);
        var body = await layout.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Not at all", (string?)body!["answers"]!["extentImplemented"]!["ui:enumNames"]!["not-at-all"]);
        Assert.Equal(HttpStatusCode.NotFound, shared.StatusCode);
    }

    [Fact]
    public async Task AnIssuedTokenComesWithAnInvitationLinkCarryingItInTheFragment()
    {
        await using var host = api.Host.WithWebHostBuilder(builder => builder.UseSetting("Auth:InvitationBaseUrl", "https://survey.example.org/ec/"));
        using var secretariat = ApiFixture.CreateClient(host, api.SecretariatToken);

        var issued = await (await secretariat.PostAsync("/api/respondents/KEN/tokens", null)).Content.ReadFromJsonAsync<JsonObject>();

        Assert.Equal($"https://survey.example.org/ec/#token={issued!["token"]}", (string?)issued["invitationLink"]);
    }
}
