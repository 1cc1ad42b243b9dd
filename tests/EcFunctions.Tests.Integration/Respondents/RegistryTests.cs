using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;

namespace EcFunctions.Tests.Integration.Respondents;

[Collection(SharedApi.Name)]
public sealed class RegistryTests(ApiFixture api)
{
    private readonly HttpClient secretariat = api.CreateSecretariatClient();
    private readonly string suffix = Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task TheSeedRegistryHoldsTheMemberStatesAndTheConsultedOrganisations()
    {
        var listing = await secretariat.GetFromJsonAsync<JsonObject>("/api/respondents");

        var respondents = listing!["respondents"]!.AsArray().Select(node => node!).ToList();
        Assert.Equal(193, respondents.Count(r => (string?)r["kind"] == "member-state"));
        Assert.Superset(
            new HashSet<string> { "icann", "itu", "w3c", "coe", "isoc", "oecd", "unesco", "wipo", "nro", "ietf" },
            respondents.Where(r => (string?)r["kind"] == "organisation").Select(r => (string)r["id"]!).ToHashSet());
        var brazil = respondents.Single(r => (string?)r["id"] == "BRA");
        Assert.Equal(("americas", true, "governments"), ((string?)brazil["region"], (bool?)brazil["developing"], (string?)brazil["stakeholderGroup"]));
        Assert.False((bool)respondents.Single(r => (string?)r["id"] == "JPN")["developing"]!);
        Assert.Equal("global", (string?)respondents.Single(r => (string?)r["id"] == "itu")["region"]);
    }

    [Fact]
    public async Task CreatesUpdatesReadsAndDeactivatesARespondent()
    {
        var id = "ngo-" + suffix;
        var created = await secretariat.PutAsJsonAsync($"/api/respondents/{id}", new
        {
            kind = "other-stakeholder", stakeholderGroup = "civil-society", displayName = "Digital Rights Watch",
            focalPointName = "A. Person", focalPointEmail = "focal@ngo.example",
        });
        var updated = await secretariat.PutAsJsonAsync($"/api/respondents/{id}", new
        {
            kind = "other-stakeholder", stakeholderGroup = "civil-society", displayName = "Digital Rights Watch International",
            region = "africa",
        });
        var deactivated = await secretariat.DeleteAsync($"/api/respondents/{id}");
        var read = await secretariat.GetFromJsonAsync<JsonObject>($"/api/respondents/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal($"/api/respondents/{id}", created.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, deactivated.StatusCode);
        Assert.Equal("Digital Rights Watch International", (string?)read!["displayName"]);
        Assert.Equal("africa", (string?)read["region"]);
        Assert.Null(read["focalPointEmail"]);
        Assert.False((bool)read["active"]!);
    }

    [Fact]
    public async Task RefusesAnInvalidRespondentFieldByField()
    {
        var response = await secretariat.PutAsJsonAsync("/api/respondents/Bad_Id", new
        {
            kind = "other-stakeholder", stakeholderGroup = "governments", developing = true, region = "atlantis",
            focalPointEmail = "not an address",
        });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("respondent-invalid", (string?)problem["code"]);
        Assert.Equal(
            ["developing", "displayName", "focalPointEmail", "id", "region", "stakeholderGroup"],
            problem.Errors().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task KeepsTheUnRegionalGroupAndTheFlagsForMemberStatesOnly()
    {
        var memberState = await secretariat.PutAsJsonAsync("/api/respondents/QQQ", new
        {
            kind = "member-state", stakeholderGroup = "governments", region = "global", developing = true, displayName = "Nowhere",
            unRegionalGroup = "pacific",
        });
        var organisation = await secretariat.PutAsJsonAsync($"/api/respondents/body-{suffix}", new
        {
            kind = "organisation", stakeholderGroup = "intergovernmental-and-international-organisations", region = "global",
            displayName = "A Global Body", smallIslandDeveloping = false,
        });
        var global = await secretariat.PutAsJsonAsync($"/api/respondents/body-{suffix}", new
        {
            kind = "organisation", stakeholderGroup = "intergovernmental-and-international-organisations", region = "global",
            displayName = "A Global Body",
        });

        Assert.Equal(
            ["leastDeveloped", "region", "smallIslandDeveloping", "unRegionalGroup"],
            (await memberState.ReadProblemAsync()).Errors().Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["smallIslandDeveloping"], (await organisation.ReadProblemAsync()).Errors().Keys);
        Assert.Equal(HttpStatusCode.Created, global.StatusCode);
        var seeded = await secretariat.GetFromJsonAsync<JsonObject>("/api/respondents/TUV");
        Assert.Equal(("asia-pacific", true, true), ((string?)seeded!["unRegionalGroup"], (bool?)seeded["leastDeveloped"], (bool?)seeded["smallIslandDeveloping"]));
    }

    [Fact]
    public async Task ImportsTheNewColumnsAndAnOldHeaderWhereNoRowNeedsThem()
    {
        var current = await ImportAsync($"""
            id,kind,stakeholderGroup,region,developing,unRegionalGroup,leastDeveloped,smallIslandDeveloping,displayName,focalPointName,focalPointEmail
            new-{suffix},organisation,intergovernmental-and-international-organisations,global,,,,,New Body,,
            ZZZ,member-state,governments,oceania,true,asia-pacific,maybe,true,Somewhere,,
            """);
        var old = await ImportAsync($"""
            id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail
            old-{suffix},other-stakeholder,civil-society,,,Old NGO,,
            ZZZ,member-state,governments,oceania,true,Somewhere,,
            """);

        var currentErrors = (await current.ReadProblemAsync()).Errors();
        Assert.Equal(["line 3"], currentErrors.Keys);
        Assert.Contains(currentErrors["line 3"], message => message.StartsWith("leastDeveloped: 'maybe'", StringComparison.Ordinal));
        var oldErrors = (await old.ReadProblemAsync()).Errors();
        Assert.Equal(["line 3"], oldErrors.Keys);
        Assert.Equal(3, oldErrors["line 3"].Length);
    }

    [Fact]
    public async Task ImportsACsvAndCountsWhatWasNewAndWhatWasReplaced()
    {
        var csv = $"""
            id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail
            csv-a-{suffix},other-stakeholder,private-sector,,,"Chamber, of Commerce",,
            csv-b-{suffix},other-stakeholder,technical-and-academic-community,europe,,University,Ada,ada@uni.example
            """;
        var first = await ImportAsync(csv);
        var second = await ImportAsync(csv);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((2, 0), await CountsAsync(first));
        Assert.Equal((0, 2), await CountsAsync(second));
        var chamber = await secretariat.GetFromJsonAsync<JsonObject>($"/api/respondents/csv-a-{suffix}");
        Assert.Equal("Chamber, of Commerce", (string?)chamber!["displayName"]);
    }

    [Fact]
    public async Task ReportsBadRowsByLineNumberAndImportsNothing()
    {
        var csv = $"""
            id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail
            good-{suffix},other-stakeholder,civil-society,,,Good NGO,,
            bad-{suffix},other-stakeholder,civil-society,,maybe,Bad NGO,,
            XYZ,member-state,governments,asia,true,,,
            good-{suffix},other-stakeholder,civil-society,,,Twice,,
            """;

        var response = await ImportAsync(csv);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal("import-invalid", (string?)problem["code"]);
        var errors = problem.Errors();
        Assert.Equal(["line 3", "line 4", "line 5"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains(errors["line 3"], message => message.StartsWith("developing:", StringComparison.Ordinal));
        Assert.Contains(errors["line 4"], message => message.StartsWith("displayName:", StringComparison.Ordinal));
        Assert.Contains(errors["line 5"], message => message.Contains("already on line 2", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/api/respondents/good-{suffix}")).StatusCode);
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)")]
    [InlineData("+1")]
    [InlineData("Tab\tin the name")]
    public async Task RefusesANameASpreadsheetWouldRunOrThatHoldsControlCharacters(string name)
    {
        var put = await secretariat.PutAsJsonAsync($"/api/respondents/formula-{suffix}", new
        {
            kind = "other-stakeholder", stakeholderGroup = "civil-society", displayName = name,
        });
        var imported = await ImportAsync(
            $"id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail\nformula-{suffix},other-stakeholder,civil-society,,,\"{name}\",,\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, put.StatusCode);
        Assert.Equal(["displayName"], (await put.ReadProblemAsync()).Errors().Keys);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, imported.StatusCode);
        Assert.Equal(["line 2"], (await imported.ReadProblemAsync()).Errors().Keys);
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/api/respondents/formula-{suffix}")).StatusCode);
    }

    [Theory]
    [InlineData("ok-{0},other-stakeholder,civil-society,,,\"Unclosed NGO,,\nlate-{0},other-stakeholder,civil-society,,,Late NGO,,\n", "line 2", "not closed")]
    [InlineData("ok-{0},other-stakeholder,civil-society,,,Fine NGO,,\nnul-{0},other-stakeholder,civil-society,,,Nul\u0000NGO,,\n", "line 3", "U+0000")]
    public async Task RefusesMalformedQuotingAndControlCharactersByLine(string rows, string line, string said)
    {
        var response = await ImportAsync("id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail\n" + string.Format(System.Globalization.CultureInfo.InvariantCulture, rows, suffix));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var errors = (await response.ReadProblemAsync()).Errors();
        Assert.Contains(errors[line], message => message.Contains(said, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await secretariat.GetAsync($"/api/respondents/ok-{suffix}")).StatusCode);
    }

    [Fact]
    public async Task RefusesAFileThatIsNotUtf8AndTakesOneWithAByteOrderMark()
    {
        var header = "id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail\n";
        var latin1 = Encoding.Latin1.GetBytes(header + $"latin-{suffix},other-stakeholder,civil-society,,,Société civile,,\n");
        var withBom = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(header + $"bom-{suffix},other-stakeholder,civil-society,,,Société civile,,\n")).ToArray();

        var refused = await secretariat.PostAsync("/api/respondent-imports", Csv(latin1));
        var taken = await secretariat.PostAsync("/api/respondent-imports", Csv(withBom));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(["line 2"], (await refused.ReadProblemAsync()).Errors().Keys);
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Equal("Société civile", (string?)(await secretariat.GetFromJsonAsync<JsonObject>($"/api/respondents/bom-{suffix}"))!["displayName"]);
    }

    private static ByteArrayContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }

    [Fact]
    public async Task RefusesACsvWithoutTheExpectedHeader()
    {
        var response = await ImportAsync("name,country\nBrazil,BRA\n");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(["line 1"], (await response.ReadProblemAsync()).Errors().Keys);
    }

    [Fact]
    public async Task IssuesATokenOnceAndStoresOnlyItsSaltedHash()
    {
        var response = await secretariat.PostAsync("/api/respondents/itu/tokens", null);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var issued = await response.Content.ReadFromJsonAsync<JsonObject>();
        var token = (string)issued!["token"]!;
        var tokenId = (string)issued["tokenId"]!;
        Assert.Equal("itu", (string?)issued["respondentId"]);
        Assert.True(DateTimeOffset.Parse((string)issued["expiresAt"]!, System.Globalization.CultureInfo.InvariantCulture) > DateTimeOffset.UtcNow.AddDays(30));

        var row = (await new TableClient(api.StorageConnectionString, StorageNames.TokensTable)
            .GetEntityAsync<TableEntity>(TokenEntity.Partition, tokenId)).Value;
        var stored = string.Join("|", row.Select(property => property.Value?.ToString()));
        Assert.DoesNotContain(token[^43..], stored, StringComparison.Ordinal);
        Assert.Equal(32, Convert.FromBase64String(row.GetString("Hash")).Length);
    }

    [Fact]
    public async Task RefusesATokenForAnUnknownRespondent()
    {
        var response = await secretariat.PostAsync("/api/respondents/nobody/tokens", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("respondent-not-found", (string?)(await response.ReadProblemAsync())["code"]);
    }

    private async Task<HttpResponseMessage> ImportAsync(string csv) =>
        await secretariat.PostAsync("/api/respondent-imports", new StringContent(csv, Encoding.UTF8, "text/csv"));

    private static async Task<(int Created, int Updated)> CountsAsync(HttpResponseMessage response)
    {
        var counts = await response.Content.ReadFromJsonAsync<JsonObject>();
        return ((int)counts!["created"]!, (int)counts["updated"]!);
    }
}
