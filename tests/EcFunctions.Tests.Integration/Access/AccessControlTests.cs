using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Access;

/// <summary>OWASP API1 and API5 ruled out from outside: who may reach what, over HTTP.</summary>
[Collection(SharedApi.Name)]
public sealed class AccessControlTests(ApiFixture api) : IAsyncLifetime
{
    private string cycle = "";

    public async Task InitializeAsync() => cycle = await api.OpenCycleAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AnonymousCallersReadQuestionnairesAndNothingElse()
    {
        using var anonymous = api.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/questionnaires")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/api/questionnaires/ec-member-state/versions/1.0.0")).StatusCode);
        foreach (var response in new[]
        {
            await anonymous.GetAsync($"/api/cycles/{cycle}/responses/BRA"),
            await anonymous.PutNewAsync($"/api/cycles/{cycle}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state"))),
            await anonymous.GetAsync("/api/respondents"),
            await anonymous.PostAsync("/api/respondents/BRA/tokens", null),
        })
        {
            await AssertChallengedAsync(response, "unauthenticated");
        }
    }

    [Fact]
    public async Task ARespondentReadsAndWritesItsOwnResponse()
    {
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);

        var put = await brazil.PutNewAsync($"/api/cycles/{cycle}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state")));
        var get = await brazil.GetAsync($"/api/cycles/{cycle}/responses/BRA");

        Assert.Equal(HttpStatusCode.Created, put.StatusCode);
        Assert.Equal(HttpStatusCode.OK, get.StatusCode);
    }

    [Fact]
    public async Task ATokenForOneRespondentFindsNothingAtAnothersUrl()
    {
        using var secretariat = api.CreateSecretariatClient();
        Assert.Equal(HttpStatusCode.Created,
            (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/ARG", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        using var brazil = api.CreateClient((await api.IssueTokenAsync("BRA")).Token);

        var read = await brazil.GetAsync($"/api/cycles/{cycle}/responses/ARG");
        var write = await brazil.PutNewAsync($"/api/cycles/{cycle}/responses/ARG", Json(Samples.ValidAnswer("ec-member-state")));
        var neverAnswered = await brazil.GetAsync($"/api/cycles/{cycle}/responses/CHL");

        // The same 404 whether or not the other respondent answered: existence is not revealed.
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, neverAnswered.StatusCode);
        Assert.Equal((await neverAnswered.ReadProblemAsync())["code"]?.ToString(), (await read.ReadProblemAsync())["code"]?.ToString());
        var stored = await secretariat.GetStringAsync($"/api/cycles/{cycle}/responses/ARG");
        Assert.Contains("Federative Republic of Brazil", stored, StringComparison.Ordinal); // the secretariat's write, untouched
    }

    [Fact]
    public async Task ARespondentCallingASecretariatEndpointIsForbidden()
    {
        using var itu = api.CreateClient((await api.IssueTokenAsync("itu")).Token);

        foreach (var response in new[]
        {
            await itu.GetAsync("/api/respondents"),
            await itu.GetAsync("/api/respondents/itu"),
            await itu.PostAsync("/api/respondents/itu/tokens", null),
            await itu.PostAsync("/api/secretariat/tokens", null),
            await itu.DeleteAsync("/api/respondents/BRA"),
        })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("forbidden", (await response.ReadProblemAsync())["code"]?.ToString());
        }
    }

    [Fact]
    public async Task ARevokedTokenStopsWorking()
    {
        using var secretariat = api.CreateSecretariatClient();
        var issued = JsonDocument.Parse(await (await secretariat.PostAsync("/api/respondents/KEN/tokens", null)).Content.ReadAsStringAsync()).RootElement;
        using var kenya = api.CreateClient(issued.GetProperty("token").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await kenya.GetAsync($"/api/cycles/{cycle}/responses/KEN")).StatusCode);

        var revoke = await secretariat.DeleteAsync($"/api/tokens/{issued.GetProperty("tokenId").GetString()}");

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        await AssertChallengedAsync(await kenya.GetAsync($"/api/cycles/{cycle}/responses/KEN"), "invalid-credentials", "revoked");
    }

    // Another instance keeps the token it read for Auth:CredentialCacheLifetime (30 s), and no longer.
    [Fact]
    public async Task ATokenRevokedThroughAnotherInstanceStopsWorkingThereWithinTheCacheLifetime()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var issued = await api.IssueTokenAsync("KEN");
        await using var other = api.WithClock(clock);
        using var kenya = other.CreateClient();
        kenya.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", issued.Token);
        Assert.Equal(HttpStatusCode.NotFound, (await kenya.GetAsync($"/api/cycles/{cycle}/responses/KEN")).StatusCode);

        using var secretariat = api.CreateSecretariatClient();
        Assert.Equal(HttpStatusCode.NoContent, (await secretariat.DeleteAsync($"/api/tokens/{issued.TokenId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await kenya.GetAsync($"/api/cycles/{cycle}/responses/KEN")).StatusCode);
        clock.Advance(TimeSpan.FromSeconds(30));

        await AssertChallengedAsync(await kenya.GetAsync($"/api/cycles/{cycle}/responses/KEN"), "invalid-credentials", "revoked");
    }

    [Fact]
    public async Task AnExpiredTokenIsRefused()
    {
        using var expired = api.CreateClient((await api.IssueTokenAsync("KEN", TimeSpan.FromMinutes(-1))).Token);

        await AssertChallengedAsync(await expired.GetAsync($"/api/cycles/{cycle}/responses/KEN"), "invalid-credentials", "expired");
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("ec_00000000000000000000000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task AnUnknownOrMalformedTokenIsRefused(string token)
    {
        using var client = api.CreateClient(token);

        await AssertChallengedAsync(await client.GetAsync($"/api/cycles/{cycle}/responses/KEN"), "invalid-credentials");
    }

    [Fact]
    public async Task ATokenWithTheRightIdButAnotherSecretIsRefused()
    {
        var issued = await api.IssueTokenAsync("KEN");
        var forged = issued.Token[..^4] + (issued.Token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        using var client = api.CreateClient(forged);

        await AssertChallengedAsync(await client.GetAsync($"/api/cycles/{cycle}/responses/KEN"), "invalid-credentials");
    }

    [Fact]
    public async Task ADeactivatedRespondentsTokenStopsWorking()
    {
        using var secretariat = api.CreateSecretariatClient();
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PutAsJsonAsync("/api/respondents/ngo-to-close", new
        {
            kind = "other-stakeholder", stakeholderGroup = "civil-society", displayName = "Closing NGO",
        })).StatusCode);
        using var ngo = api.CreateClient((await api.IssueTokenAsync("ngo-to-close")).Token);

        Assert.Equal(HttpStatusCode.OK, (await secretariat.DeleteAsync("/api/respondents/ngo-to-close")).StatusCode);

        await AssertChallengedAsync(await ngo.GetAsync($"/api/cycles/{cycle}/responses/ngo-to-close"), "invalid-credentials", "revoked");
    }

    [Theory]
    [InlineData("put")]
    [InlineData("import")]
    public async Task RegisteringADeactivatedRespondentAgainRevivesNoneOfItsTokens(string how)
    {
        var id = $"ngo-back-{how}-{Guid.NewGuid():N}"[..24];
        using var secretariat = api.CreateSecretariatClient();
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PutAsJsonAsync($"/api/respondents/{id}", new
        {
            kind = "other-stakeholder", stakeholderGroup = "civil-society", displayName = "Returning NGO",
        })).StatusCode);
        var oldTokens = new[] { (await api.IssueTokenAsync(id)).Token, (await api.IssueTokenAsync(id)).Token };
        Assert.Equal(HttpStatusCode.OK, (await secretariat.DeleteAsync($"/api/respondents/{id}")).StatusCode);

        var registered = how == "put"
            ? await secretariat.PutAsJsonAsync($"/api/respondents/{id}", new
            {
                kind = "other-stakeholder", stakeholderGroup = "civil-society", displayName = "Returning NGO",
            })
            : await secretariat.PostAsync("/api/respondent-imports", new StringContent(
                $"id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail\n{id},other-stakeholder,civil-society,,,Returning NGO,,\n",
                Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        foreach (var token in oldTokens)
        {
            using var old = api.CreateClient(token);
            await AssertChallengedAsync(await old.GetAsync($"/api/cycles/{cycle}/responses/{id}"), "invalid-credentials", "revoked");
        }

        var issued = await (await secretariat.PostAsync($"/api/respondents/{id}/tokens", null)).Content.ReadFromJsonAsync<JsonObject>();
        using var fresh = api.CreateClient((string)issued!["token"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await fresh.GetAsync($"/api/cycles/{cycle}/responses/{id}")).StatusCode);
    }

    [Fact]
    public async Task AForgedPrincipalHeaderIsIgnoredWhenEasyAuthIsOff()
    {
        using var anonymous = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/respondents");
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principal("mallory@example.org", "secretariat"));

        await AssertChallengedAsync(await anonymous.SendAsync(request), "unauthenticated");
    }

    [Fact]
    public async Task EasyAuthPrincipalsAreMappedToTheSecretariatOrTheirRespondentWhenEasyAuthFrontsTheApp()
    {
        await using var easyAuth = api.Host.WithWebHostBuilder(builder => builder
            .UseSetting("Auth:EasyAuthEnabled", "true")
            .UseSetting("Auth:EasyAuthRespondents", "someone@itu.example=itu; focal@itamaraty.example=BRA"));
        using var client = easyAuth.CreateClient();

        var asSecretariat = await SendAsync(client, HttpMethod.Get, "/api/respondents", Principal("officer@un.example", "secretariat"));
        var asBrazilOwn = await SendAsync(client, HttpMethod.Put, $"/api/cycles/{cycle}/responses/BRA", Principal("focal@itamaraty.example"),
            Json(Samples.ValidAnswer("ec-member-state")));
        var asBrazilOther = await SendAsync(client, HttpMethod.Get, $"/api/cycles/{cycle}/responses/ARG", Principal("focal@itamaraty.example"));
        var asBrazilRegistry = await SendAsync(client, HttpMethod.Get, "/api/respondents", Principal("focal@itamaraty.example"));
        var unmapped = await SendAsync(client, HttpMethod.Get, $"/api/cycles/{cycle}/responses/BRA", Principal("stranger@example.org"));

        Assert.Equal(HttpStatusCode.OK, asSecretariat.StatusCode);
        Assert.Equal(HttpStatusCode.Created, asBrazilOwn.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, asBrazilOther.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asBrazilRegistry.StatusCode);
        await AssertChallengedAsync(unmapped, "invalid-credentials");
    }

    private static async Task AssertChallengedAsync(HttpResponseMessage response, string code, string? reason = null)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var challenge = Assert.Single(response.Headers.WwwAuthenticate);
        Assert.Equal("Bearer", challenge.Scheme);
        Assert.Contains("realm=\"EcFunctions\"", challenge.Parameter, StringComparison.Ordinal);
        Assert.Equal(code == "invalid-credentials", challenge.Parameter!.Contains("error=\"invalid_token\"", StringComparison.Ordinal));
        var problem = await response.ReadProblemAsync();
        Assert.Equal(code, problem["code"]?.ToString());
        if (reason is not null)
        {
            Assert.Contains(reason, problem["detail"]?.ToString(), StringComparison.Ordinal);
        }
    }

    private static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string url, string principal, HttpContent? content = null)
    {
        using var request = new HttpRequestMessage(method, url) { Content = content };
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        return await client.SendAsync(request);
    }

    /// <summary>A client principal header as App Service Authentication writes it.</summary>
    private static string Principal(string name, params string[] roles) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            name_typ = "name",
            role_typ = "roles",
            claims = new[] { new { typ = "name", val = name } }.Concat(roles.Select(role => new { typ = "roles", val = role })),
        })));
}
