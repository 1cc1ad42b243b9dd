using System.Runtime.Versioning;
using System.Text.Json.Nodes;

namespace EcFunctions.Tests.Infra;

/// <summary>
/// The web service's predeploy hook, run as azd runs it: in web/ after the page is built, with an azd
/// that answers <c>azd env get-value</c> from a deployment's outputs. It writes what the page reads
/// (<c>config.json</c>) and how Static Web Apps serves it (<c>staticwebapp.config.json</c>).
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class WebPredeployHookTests : IDisposable
{
    private const string ApiBaseUrl = "https://func-abc123.azurewebsites.net/api";
    private const string ApiOrigin = "https://func-abc123.azurewebsites.net";

    // The page's own origin, nothing, and images inlined by the bundler.
    private static readonly string[] SourcesBesideTheApi = ["'self'", "'none'", "data:"];

    private readonly HookWorkspace workspace = new();

    public WebPredeployHookTests()
    {
        Directory.CreateDirectory(Path.Combine(workspace.Web, "dist"));
        File.WriteAllText(Path.Combine(workspace.Web, "dist", "index.html"), "<!doctype html>");
        Directory.CreateDirectory(Outputs);
        // azd prints a value of its environment, or fails as azd does for a value it lacks.
        workspace.AddTool("azd", $"""
            echo "$*" >> '{Asked}'
            [ "$1 $2" = "env get-value" ] && [ -f '{Outputs}'/"$3" ] && exec cat '{Outputs}'/"$3"
            echo "ERROR: key '$3' not found in the environment values" >&2
            exit 1
            """);
    }

    private string Outputs => Path.Combine(workspace.Root, "outputs");

    private string Asked => Path.Combine(workspace.Root, "azd-calls");

    private string Dist(string file) => Path.Combine(workspace.Web, "dist", file);

    [Fact]
    public async Task GivesThePageTheDeploymentsApiBaseUrl()
    {
        Deployed("API_BASE_URL", ApiBaseUrl);

        await RunAsync();

        Assert.Equal(ApiBaseUrl, (string?)Read("config.json")["apiBaseUrl"]);
    }

    [Fact]
    public async Task AsksAzdOnlyForOutputsTheTemplateDeclares()
    {
        Deployed("API_BASE_URL", ApiBaseUrl);

        await RunAsync();

        var outputs = (await Repository.MainTemplateJsonAsync())["outputs"]!.AsObject().Select(output => output.Key);
        Assert.All(File.ReadAllLines(Asked), call => Assert.Contains(call, outputs.Select(output => $"env get-value {output}")));
    }

    [Fact]
    public async Task ServesThePageWithACspThatAllowsItselfAndConnectionsToItsApiOnly()
    {
        Deployed("API_BASE_URL", ApiBaseUrl);

        await RunAsync();

        var csp = ((string)Read("staticwebapp.config.json")["globalHeaders"]!["Content-Security-Policy"]!)
            .Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(directive => directive.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToDictionary(directive => directive[0], directive => directive[1..]);
        Assert.Equal(["'none'"], csp["default-src"]);
        // No inline script and no other origin; eval because the form's validator (ajv) compiles each schema.
        Assert.Equal(["'self'", "'unsafe-eval'"], csp["script-src"]);
        Assert.Equal(["'self'", ApiOrigin], csp["connect-src"]);
        Assert.Equal(["'none'"], csp["frame-ancestors"]);
        // No other origin, no inline code, anywhere; eval only for scripts.
        Assert.All(csp.Where(directive => directive.Key is not ("connect-src" or "script-src")).SelectMany(directive => directive.Value),
            source => Assert.Contains(source, SourcesBesideTheApi));
    }

    [Fact]
    public async Task ServesThePageWithSecurityHeadersAndFallsBackToItForItsOwnRoutes()
    {
        Deployed("API_BASE_URL", ApiBaseUrl);

        await RunAsync();

        var config = Read("staticwebapp.config.json");
        Assert.Equal("nosniff", (string?)config["globalHeaders"]!["X-Content-Type-Options"]);
        Assert.Equal("no-referrer", (string?)config["globalHeaders"]!["Referrer-Policy"]);
        Assert.Equal("/index.html", (string?)config["navigationFallback"]!["rewrite"]);
    }

    [Theory]
    [InlineData("http://func-abc123.azurewebsites.net/api")]
    [InlineData("https://func-abc123.azurewebsites.net/api\", \"apiBaseUrl\": \"https://elsewhere.example")]
    [InlineData("")]
    public async Task RefusesAnApiBaseUrlThatIsNotAPlainHttpsUrl(string apiBaseUrl)
    {
        Deployed("API_BASE_URL", apiBaseUrl);

        var (exitCode, _, errors) = await workspace.RunHookAsync("predeploy");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("API_BASE_URL", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Dist("config.json")));
    }

    [Fact]
    public async Task FailsWhenTheEnvironmentHasNoApiBaseUrl()
    {
        var (exitCode, _, _) = await workspace.RunHookAsync("predeploy");

        Assert.NotEqual(0, exitCode);
        Assert.False(File.Exists(Dist("config.json")));
    }

    [Fact]
    public async Task FailsWhenThePageIsNotBuilt()
    {
        Deployed("API_BASE_URL", ApiBaseUrl);
        File.Delete(Dist("index.html"));

        var (exitCode, _, errors) = await workspace.RunHookAsync("predeploy");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("npm run build:web", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(Dist("config.json")));
    }

    public void Dispose() => workspace.Dispose();

    private void Deployed(string output, string value) => File.WriteAllText(Path.Combine(Outputs, output), $"{value}\n");

    private async Task RunAsync()
    {
        var (exitCode, output, errors) = await workspace.RunHookAsync("predeploy");
        Assert.True(exitCode == 0, output + errors);
    }

    private JsonNode Read(string file) => JsonNode.Parse(File.ReadAllText(Dist(file)))!;
}
