using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using EcFunctions.Access;
using EcFunctions.LocalHost.DevelopmentStorage;
using EcFunctions.LocalHost.WebApp;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace EcFunctions.Tests.Integration.Browser;

/// <summary>
/// The local host serving the web app over real HTTP on its own in-memory Azurite, with the seed
/// registry, and a headless Chromium: Debian's, because Playwright's own download cannot reach its
/// host here (<c>CHROMIUM_PATH</c> names another executable).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;
    private WebApplicationFactory<Program>? host;
    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <summary>Where the web app is served; the API is under <c>api/</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>A secretariat token of the running host.</summary>
    public string SecretariatToken { get; private set; } = "";

    /// <summary>The running host.</summary>
    public WebApplicationFactory<Program> Host => host ?? throw new InvalidOperationException("Not started.");

    /// <summary>Where screenshots are written.</summary>
    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync(location: null, port: 0);
        var port = FreePort();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("AzureWebJobsStorage", azurite.ConnectionString)
            .UseSetting(WebAppHosting.ServeSetting, "true")
            .UseSetting("Auth:InvitationBaseUrl", BaseAddress.ToString())
            .UseSetting("DevelopmentStorage:SeedRespondents", Path.Combine("seed", "respondents.csv"))
            .UseSetting("SynthesisQueue:PollInterval", "00:00:00.100")
            .UseSetting("SynthesisQueue:RetryDelay", "00:00:00.100")
            .UseUrls(BaseAddress.ToString()));
        host.UseKestrel();
        host.StartServer();
        SecretariatToken = (await host.Services.GetRequiredService<TokenStore>()
            .IssueAsync(TokenStore.SecretariatRole, "", TimeSpan.FromHours(1))).Token;
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumPath(), Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    /// <summary>A fresh browser context (its own storage) and page, 1280 px wide and in English unless said.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 900, string locale = "en-US")
    {
        var context = await browser!.NewContextAsync(new()
        {
            ViewportSize = new() { Width = width, Height = height }, AcceptDownloads = true, Locale = locale,
        });
        return await context.NewPageAsync();
    }

    /// <summary>A client of the API acting as the secretariat, for setting a scenario up.</summary>
    public HttpClient SecretariatClient()
    {
        var client = new HttpClient { BaseAddress = BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", SecretariatToken);
        return client;
    }

    /// <summary>Creates and opens a cycle naming the bundled questionnaires at <paramref name="version"/>.</summary>
    public async Task<string> OpenCycleAsync(string version = "1.1.0")
    {
        var cycleId = "c" + Guid.NewGuid().ToString("N")[..12];
        using var secretariat = SecretariatClient();
        (await secretariat.PutAsJsonAsync($"api/cycles/{cycleId}",
            ApiFixture.CycleDefinition(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1), version))).EnsureSuccessStatusCode();
        (await secretariat.PostAsync($"api/cycles/{cycleId}/open", null)).EnsureSuccessStatusCode();
        return cycleId;
    }

    /// <summary>The invitation link the API gives for <paramref name="respondentId"/>.</summary>
    public async Task<IssuedToken> InviteAsync(string respondentId)
    {
        using var secretariat = SecretariatClient();
        var issued = await secretariat.PostAsync($"api/respondents/{respondentId}/tokens", null);
        Assert.Equal(HttpStatusCode.Created, issued.StatusCode);
        return (await issued.Content.ReadFromJsonAsync<IssuedToken>())!;
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    private static string ChromiumPath()
    {
        var path = Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"No Chromium at '{path}': install Debian's (apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>Tests that share the browser and the host serving the web app.</summary>
[CollectionDefinition(Name)]
public sealed class SharedBrowser : ICollectionFixture<BrowserFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "browser";
}
