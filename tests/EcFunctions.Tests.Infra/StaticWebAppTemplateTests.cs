using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EcFunctions.Tests.Infra;

/// <summary>
/// The browser page's host in the compiled template: a Free Static Web App, whose origin the function
/// app's CORS always allows beside the configured ones, and the outputs that tell the page's deploy
/// hook and people where the API and the page are. ARM evaluates these expressions only in Azure, so
/// the tests read how they are wired.
/// </summary>
public sealed class StaticWebAppTemplateTests
{
    private const string ApiVersion = "'[0-9a-z-]+'";

    [Fact]
    public async Task DeclaresOneFreeStaticWebApp()
    {
        var template = await Repository.MainTemplateJsonAsync();

        var site = Assert.Single(Repository.Resources(template), resource => (string?)resource["type"] == "Microsoft.Web/staticSites");
        Assert.Equal("Free", (string?)site["sku"]!["name"]);
    }

    [Fact]
    public async Task TheFunctionAppAllowsThePagesOriginBesideTheConfiguredOnes()
    {
        var template = await Repository.MainTemplateJsonAsync();
        var web = ModuleDeclaring(template, "Microsoft.Web/staticSites");
        var api = ModuleDeclaring(template, "Microsoft.Web/sites");

        // The function app's CORS is its module's allowedOrigins ...
        var functionApp = Repository.Resources(api["properties"]!["template"]!).Single(resource => (string?)resource["type"] == "Microsoft.Web/sites");
        Assert.Equal("[parameters('allowedOrigins')]", (string?)functionApp["properties"]!["siteConfig"]!["cors"]!["allowedOrigins"]);
        // ... which main.bicep makes of the corsAllowedOrigins parameter's origins and the web module's origin ...
        Assert.Matches(
            $@"^\[union\(variables\('origins'\), createArray\({OutputOf(web, "origin")}\)\)\]$",
            (string?)api["properties"]!["parameters"]!["allowedOrigins"]!["value"]);
        Assert.Contains("parameters('corsAllowedOrigins')", (string?)template["variables"]!["origins"], StringComparison.Ordinal);
        // ... which is the static site's own host name.
        Assert.Matches(
            $@"^\[format\('https://\{{0}}', reference\(resourceId\('Microsoft\.Web/staticSites', parameters\('siteName'\)\), {ApiVersion}\)\.defaultHostname\)\]$",
            (string?)web["properties"]!["template"]!["outputs"]!["origin"]!["value"]);
    }

    [Fact]
    public async Task OutputsTheApiBaseUrlAndThePagesUrl()
    {
        var template = await Repository.MainTemplateJsonAsync();
        var web = ModuleDeclaring(template, "Microsoft.Web/staticSites");
        var api = ModuleDeclaring(template, "Microsoft.Web/sites");
        var outputs = template["outputs"]!;

        Assert.Matches($@"^\[{OutputOf(api, "apiBaseUrl")}\]$", (string?)outputs["API_BASE_URL"]?["value"]);
        Assert.Matches(
            $@"^\[format\('https://\{{0}}/api', reference\(resourceId\('Microsoft\.Web/sites', parameters\('appName'\)\), {ApiVersion}\)\.defaultHostName\)\]$",
            (string?)api["properties"]!["template"]!["outputs"]!["apiBaseUrl"]!["value"]);
        Assert.Matches($@"^\[{OutputOf(web, "origin")}\]$", (string?)outputs["WEB_URL"]?["value"]);
    }

    /// <summary>The module (a nested deployment) that declares the one resource of <paramref name="type"/>.</summary>
    private static JsonObject ModuleDeclaring(JsonNode template, string type) =>
        Repository.Resources(template).Single(resource =>
            (string?)resource["type"] == "Microsoft.Resources/deployments"
            && Repository.Resources(resource["properties"]!["template"]!).Any(inner => (string?)inner["type"] == type));

    /// <summary>A pattern for main.bicep's reference to an output of <paramref name="module"/>.</summary>
    private static string OutputOf(JsonObject module, string output) =>
        $@"reference\(.*'Microsoft\.Resources/deployments', '{Regex.Escape((string)module["name"]!)}'\), {ApiVersion}\)\.outputs\.{output}\.value";
}
