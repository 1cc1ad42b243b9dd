using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.LocalHost.DevelopmentStorage;
using EcFunctions.Respondents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>
/// One in-memory Azurite for the test run, on ports the OS picks, and the local host in process
/// against it. Each test works in cycles of its own, so tests do not see each other's data.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    /// <summary>The body limit the tests run with, small so the 413 test sends little.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private AzuriteProcess? azurite;
    private WebApplicationFactory<Program>? host;

    /// <summary>The connection string of the running Azurite, for tests that look at storage directly.</summary>
    public string StorageConnectionString => azurite?.ConnectionString ?? throw NotStarted();

    /// <summary>The running local host.</summary>
    public WebApplicationFactory<Program> Host => host ?? throw NotStarted();

    /// <summary>A secretariat token, issued when the fixture starts.</summary>
    public string SecretariatToken { get; private set; } = "";

    /// <summary>A client of the local host, anonymous or bearing <paramref name="token"/>.</summary>
    public HttpClient CreateClient(string? token = null) => CreateClient(Host, token);

    /// <summary>A client of <paramref name="host"/> (the fixture's or one derived from it), anonymous or bearing <paramref name="token"/>.</summary>
    public static HttpClient CreateClient(WebApplicationFactory<Program> host, string? token)
    {
        var client = host.CreateClient();
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A client acting as the secretariat.</summary>
    public HttpClient CreateSecretariatClient() => CreateClient(SecretariatToken);

    /// <summary>
    /// Another local host on the same Azurite, reading time from <paramref name="clock"/> and with
    /// <paramref name="settings"/> on top of the fixture's: for deadlines and expiry without waiting.
    /// </summary>
    public WebApplicationFactory<Program> WithClock(TimeProvider clock, params (string Key, string Value)[] settings) =>
        Host.WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        });

    /// <summary>
    /// Another local host on the fixture's Azurite, served by Kestrel on a free port and started: real
    /// HTTP, with the web server's own limits, for clients outside the process.
    /// </summary>
    public WebApplicationFactory<Program> StartOverHttp()
    {
        var server = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("AzureWebJobsStorage", StorageConnectionString));
        server.UseKestrel(0);
        server.StartServer();
        return server;
    }

    /// <summary>Issues a token for <paramref name="respondentId"/> straight from the store, with the given lifetime.</summary>
    public async Task<IssuedToken> IssueTokenAsync(string respondentId, TimeSpan? lifetime = null) =>
        await Host.Services.GetRequiredService<TokenStore>().IssueAsync(
            respondentId.Length == 0 ? TokenStore.SecretariatRole : TokenStore.RespondentRole, respondentId, lifetime ?? TimeSpan.FromHours(1));

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync(location: null, port: 0);
        host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("AzureWebJobsStorage", azurite.ConnectionString)
            .UseSetting("Requests:MaxBodyBytes", MaxBodyBytes.ToString(CultureInfo.InvariantCulture))
            .UseSetting("SynthesisQueue:PollInterval", "00:00:00.100")
            .UseSetting("SynthesisQueue:RetryDelay", "00:00:00.100"));
        _ = host.Server; // start now, so a broken start fails here rather than in the first test
        SecretariatToken = (await IssueTokenAsync("")).Token;
        await SeedRegistryAsync();
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    /// <summary>
    /// Creates and opens a cycle with a fresh id, open from an hour ago for a day, naming the bundled
    /// questionnaires at <paramref name="version"/>.
    /// </summary>
    public async Task<string> OpenCycleAsync(string version = "1.0.0")
    {
        var cycleId = "c" + Guid.NewGuid().ToString("N")[..12];
        using var secretariat = CreateSecretariatClient();
        (await secretariat.PutAsJsonAsync($"/api/cycles/{cycleId}", CycleDefinition(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1), version)))
            .EnsureSuccessStatusCode();
        (await secretariat.PostAsync($"/api/cycles/{cycleId}/open", null)).EnsureSuccessStatusCode();
        return cycleId;
    }

    /// <summary>A cycle definition naming the bundled questionnaires at <paramref name="version"/>.</summary>
    public static object CycleDefinition(DateTimeOffset opensAt, DateTimeOffset closesAt, string version = "1.0.0") => new
    {
        opensAt,
        closesAt,
        questionnaires = CycleQuestionnaires(version),
    };

    /// <summary>The bundled questionnaires at <paramref name="version"/>, by respondent kind, as a cycle names them.</summary>
    public static Dictionary<string, object> CycleQuestionnaires(string version = "1.0.0") => new()
    {
        ["member-state"] = new { id = "ec-member-state", version },
        ["organisation"] = new { id = "ec-organisation", version },
        ["other-stakeholder"] = new { id = "ec-stakeholder", version },
    };

    /// <summary>The seed registry (193 member states and 10 organisations), plus other stakeholders to test with.</summary>
    private async Task SeedRegistryAsync()
    {
        using var seed = File.OpenText(Path.Combine(AppContext.BaseDirectory, "seed", "respondents.csv"));
        await Host.Services.GetRequiredService<ImportRespondentsHandler>().ImportAsync(seed, AuditTrail.System);
        using var secretariat = CreateSecretariatClient();
        foreach (var (id, group) in OtherStakeholders)
        {
            var registered = await secretariat.PutAsJsonAsync($"/api/respondents/{id}", new
            {
                kind = "other-stakeholder", stakeholderGroup = group, displayName = id.ToUpperInvariant(),
            });
            registered.EnsureSuccessStatusCode();
        }
    }

    /// <summary>Other stakeholders registered for the tests.</summary>
    public static readonly IReadOnlyList<(string Id, string Group)> OtherStakeholders =
        [("apc", "civil-society"), ("icc-basis", "private-sector"), ("diplo", "technical-and-academic-community")];

    private static InvalidOperationException NotStarted() => new("The API fixture has not started.");
}
