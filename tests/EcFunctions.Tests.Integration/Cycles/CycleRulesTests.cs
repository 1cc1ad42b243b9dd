using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

[Collection(SharedApi.Name)]
public sealed class CycleRulesTests(ApiFixture api)
{
    private readonly HttpClient secretariat = api.CreateSecretariatClient();
    private readonly string cycle = "c" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task RefusesAnswersOutsideTheWindowAndSaysWhen()
    {
        var closesAt = DateTimeOffset.UtcNow.AddMinutes(-1);
        await secretariat.PutAsJsonAsync($"/api/cycles/{cycle}", ApiFixture.CycleDefinition(closesAt.AddDays(-30), closesAt));
        await secretariat.PostAsync($"/api/cycles/{cycle}/open", null);
        var future = "f" + cycle;
        await secretariat.PutAsJsonAsync($"/api/cycles/{future}", ApiFixture.CycleDefinition(DateTimeOffset.UtcNow.AddDays(1), DateTimeOffset.UtcNow.AddDays(2)));
        await secretariat.PostAsync($"/api/cycles/{future}/open", null);

        var late = await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state")));
        var early = await secretariat.PutNewAsync($"/api/cycles/{future}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state")));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        var lateProblem = await late.ReadProblemAsync();
        Assert.Equal("cycle-closed", (string?)lateProblem["code"]);
        Assert.Equal(closesAt.ToUnixTimeSeconds(), DateTimeOffset.Parse((string)lateProblem["closedAt"]!, System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Equal("cycle-not-open", (string?)(await early.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task RequiresTheQuestionnaireVersionTheCycleNamesForTheRespondentsKind()
    {
        var open = await api.OpenCycleAsync();
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["questionnaire"]!["version"] = "0.9.0";

        var response = await secretariat.PutNewAsync($"/api/cycles/{open}/responses/BRA", Json(answer));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("questionnaire-version-unknown", (string?)(await response.ReadProblemAsync())["code"]);
    }

    [Theory]
    [InlineData("1999-12-31T23:59:59Z", "2026-12-31T00:00:00Z", "opensAt")]
    [InlineData("2026-01-01T00:00:00Z", "9999-12-31T23:59:59.9999999Z", "closesAt")]
    [InlineData("2026-01-01T00:00:00Z", "3000-01-01T00:00:00Z", "closesAt")]
    public async Task RefusesAWindowOutsideTheYearsACycleMaySpan(string opensAt, string closesAt, string field)
    {
        var response = await secretariat.PutAsync($"/api/cycles/{cycle}", Json(new JsonObject
        {
            ["opensAt"] = opensAt, ["closesAt"] = closesAt, ["amendmentGracePeriod"] = "1.00:00:00",
            ["questionnaires"] = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(ApiFixture.CycleQuestionnaires())),
        }));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("cycle-invalid", (string?)problem["code"]);
        Assert.Equal([field], problem.Errors().Keys);
    }

    [Fact]
    public async Task ACycleStoredClosingAtTheCalendarsEndStillAnswersItsRespondents()
    {
        var open = await api.OpenCycleAsync();
        // A row written before the dates were bounded: it closes at the last representable instant, with grace.
        var row = new Azure.Data.Tables.TableEntity(open, EcFunctions.Storage.CycleEntity.RowKeyValue)
        {
            ["ClosesAt"] = DateTimeOffset.MaxValue, ["AmendmentGraceSeconds"] = 86400L,
        };
        await new Azure.Data.Tables.TableClient(api.StorageConnectionString, EcFunctions.Storage.StorageNames.CyclesTable)
            .UpdateEntityAsync(row, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Merge);
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);

        var created = await brazil.PutNewAsync($"/api/cycles/{open}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state")));
        var amended = await brazil.PutFromAsync($"/api/cycles/{open}/responses/BRA", created.Headers.ETag, Json(Samples.ValidAnswer("ec-member-state")));
        var cycles = await brazil.GetAsync("/api/cycles");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cycles.StatusCode);
    }

    [Fact]
    public async Task RefusesAnInvalidCycleFieldByField()
    {
        var response = await secretariat.PutAsJsonAsync($"/api/cycles/{cycle}", new
        {
            opensAt = DateTimeOffset.UtcNow,
            closesAt = DateTimeOffset.UtcNow.AddDays(-1),
            questionnaires = new Dictionary<string, object>
            {
                ["member-state"] = new { id = "ec-organisation", version = "1.0.0" },
                ["organisation"] = new { id = "ec-organisation", version = "7.0.0" },
                ["robots"] = new { id = "ec-stakeholder", version = "1.0.0" },
            },
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(
            ["closesAt", "questionnaires/member-state", "questionnaires/organisation", "questionnaires/other-stakeholder", "questionnaires/robots"],
            (await response.ReadProblemAsync()).Errors().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OnlyADraftCanBeEditedAndOnlyAnOpenCycleClosed()
    {
        var open = await api.OpenCycleAsync();

        var edit = await secretariat.PutAsJsonAsync($"/api/cycles/{open}", ApiFixture.CycleDefinition(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1)));
        var reopen = await secretariat.PostAsync($"/api/cycles/{open}/open", null);
        var rerunWhileOpen = await secretariat.PostAsync($"/api/cycles/{open}/synthesis", null);
        var closeUnknown = await secretariat.PostAsync($"/api/cycles/nope{cycle}/close", null);

        Assert.Equal("cycle-state-conflict", (string?)(await edit.ReadProblemAsync())["code"]);
        Assert.Equal("cycle-state-conflict", (string?)(await reopen.ReadProblemAsync())["code"]);
        Assert.Equal("cycle-state-conflict", (string?)(await rerunWhileOpen.ReadProblemAsync())["code"]);
        Assert.Equal(HttpStatusCode.NotFound, closeUnknown.StatusCode);
    }

    [Fact]
    public async Task RespondentsSeeTheCyclesThatConcernThemButNotDraftsOrTheSecretariatsRoutes()
    {
        var open = await api.OpenCycleAsync();
        await secretariat.PutAsJsonAsync($"/api/cycles/{cycle}", ApiFixture.CycleDefinition(DateTimeOffset.UtcNow, DateTimeOffset.UtcNow.AddDays(1)));
        using var itu = api.CreateClient((await api.IssueTokenAsync("itu")).Token);
        await itu.PutNewAsync($"/api/cycles/{open}/responses/itu", Json(Samples.ValidAnswer("ec-organisation")));

        var own = await itu.GetFromJsonAsync<JsonObject>($"/api/cycles/{open}");
        var listing = await itu.GetFromJsonAsync<JsonObject>("/api/cycles");
        var draft = await itu.GetAsync($"/api/cycles/{cycle}");

        Assert.Equal("ec-organisation", (string?)own!["questionnaire"]!["id"]);
        Assert.Equal((1, "submitted"), ((int?)own["revision"], (string?)own["responseState"]));
        Assert.True((bool)own["acceptingAnswers"]!);
        Assert.Null(own["synthesis"]);
        var cycles = listing!["respondentCycles"]!.AsArray().Select(view => (string)view!["cycleId"]!).ToList();
        Assert.Contains(open, cycles);
        Assert.DoesNotContain(cycle, cycles);
        Assert.Equal(HttpStatusCode.NotFound, draft.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await itu.PostAsync($"/api/cycles/{open}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await itu.GetAsync($"/api/cycles/{open}/synthesis")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.CreateClient().GetAsync("/api/cycles")).StatusCode);
    }
}
