using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Contributions;

/// <summary>The secretariat registers, lists and removes contributions received outside the questionnaire.</summary>
[Collection(SharedApi.Name)]
public sealed class ContributionRegistrationTests(ApiFixture api) : IAsyncLifetime
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
    public async Task AContributionIsRegisteredReplacedListedAndRemovedWithEachStepAudited()
    {
        var created = await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/paper-004", Json(Paper("Structure of the report")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/cycles/{cycle}/contributions/paper-004", created.Headers.Location?.OriginalString);

        var replaced = await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/paper-004", Json(Paper("Draft structure of the report")));
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);

        var listed = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/contributions"))!["contributions"]!.AsArray();
        var paper = Assert.Single(listed)!;
        Assert.Equal("Draft structure of the report", (string?)paper["title"]);
        Assert.Equal("2017-01-20", (string?)paper["received"]);
        Assert.Equal(true, (bool?)paper["named"]);

        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.DeleteAsync($"/api/cycles/{cycle}/contributions/paper-004")).StatusCode);
        Assert.Empty((await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycle}/contributions"))!["contributions"]!.AsArray());
        var again = await secretariat.DeleteAsync($"/api/cycles/{cycle}/contributions/paper-004");
        Assert.Equal("contribution-not-found", (string?)(await again.ReadProblemAsync())["code"]);

        var audit = (await secretariat.GetFromJsonAsync<JsonObject>($"/api/audit?cycleId={cycle}"))!["events"]!.AsArray();
        Assert.Equal(
            ["contribution-changed", "contribution-changed", "contribution-deleted"],
            audit.Select(entry => (string?)entry!["action"]).Where(action => action!.StartsWith("contribution-", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ARespondentCanNeitherRegisterNorListNorRemoveContributions()
    {
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);

        Assert.Equal(HttpStatusCode.Forbidden, (await brazil.PutAsync($"/api/cycles/{cycle}/contributions/paper-1", Json(Paper("Ours")))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await brazil.GetAsync($"/api/cycles/{cycle}/contributions")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await brazil.DeleteAsync($"/api/cycles/{cycle}/contributions/paper-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync($"/api/cycles/{cycle}/contributions")).StatusCode);
    }

    [Fact]
    public async Task AnInvalidContributionIsRefusedWithWhatIsWrongByField()
    {
        var refused = await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/paper-1", Json(new JsonObject
        {
            ["channel"] = "written",
            ["author"] = "=HYPERLINK(\"x\")",
            ["stakeholderGroup"] = "academia",
            ["language"] = "English",
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.ReadProblemAsync();
        Assert.Equal("contribution-invalid", (string?)problem["code"]);
        Assert.Equal(["author", "language", "received", "stakeholderGroup", "title"], problem.Errors().Keys.Order(StringComparer.Ordinal));

        var unknownChannel = await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/paper-1", Json(Paper("A paper", channel: "telegram")));
        Assert.Equal(["channel"], (await unknownChannel.ReadProblemAsync()).Errors().Keys);

        var noCycle = await secretariat.PutAsync("/api/cycles/no-such-cycle/contributions/paper-1", Json(Paper("A paper")));
        Assert.Equal("cycle-not-found", (string?)(await noCycle.ReadProblemAsync())["code"]);
        var badId = await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/paper.1", Json(Paper("A paper")));
        Assert.Equal("invalid-identifier", (string?)(await badId.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task AnOralContributionNeedsNoTitle()
    {
        var oral = Paper("unused", channel: "oral");
        oral.Remove("title");

        Assert.Equal(HttpStatusCode.Created, (await secretariat.PutAsync($"/api/cycles/{cycle}/contributions/statement-1", Json(oral))).StatusCode);
    }

    private static JsonObject Paper(string title, string channel = "written") => new()
    {
        ["channel"] = channel,
        ["author"] = "Russian Federation",
        ["stakeholderGroup"] = "governments",
        ["title"] = title,
        ["language"] = "en",
        ["received"] = "2017-01-20",
        ["named"] = true,
    };
}
