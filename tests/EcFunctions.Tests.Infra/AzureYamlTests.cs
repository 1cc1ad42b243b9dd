using System.Runtime.Versioning;

namespace EcFunctions.Tests.Infra;

/// <summary>
/// azure.yaml as azd reads it: each service goes to the one resource of its host's type that the
/// template tags with the service's name, and the web service is the page's built folder, built
/// from the repository root by its prepackage hook.
/// </summary>
public sealed class AzureYamlTests
{
    // The resource type azd deploys each host kind used here to.
    private static readonly Dictionary<string, string> ResourceTypeOfHost = new(StringComparer.Ordinal)
    {
        ["function"] = "Microsoft.Web/sites",
        ["staticwebapp"] = "Microsoft.Web/staticSites",
    };

    [Fact]
    public async Task EachServiceHasOneResourceOfItsHostTaggedWithItsName()
    {
        var template = await Repository.MainTemplateJsonAsync();
        var services = Repository.AzureYaml()["services"]!.AsObject();

        Assert.Contains("web", services.Select(service => service.Key));
        Assert.All(services, service => Assert.Single(Repository.Resources(template), resource =>
            (string?)resource["type"] == ResourceTypeOfHost[(string)service.Value!["host"]!]
            && ((string?)resource["tags"])?.Contains($"'azd-service-name', '{service.Key}'", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void TheWebServiceDeploysTheBuiltFolderOfWeb()
    {
        var web = Repository.AzureYaml()["services"]!["web"]!;

        Assert.Equal("./web", (string?)web["project"]);
        Assert.Equal("staticwebapp", (string?)web["host"]);
        Assert.Equal("dist", (string?)web["dist"]);
        // With a language, azd would run npm install and npm run build in web/ itself.
        Assert.Null(web["language"]);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task TheWebServiceIsBuiltFromTheRepositoryRootBeforePackaging()
    {
        using var workspace = new HookWorkspace();
        var calls = Path.Combine(workspace.Root, "npm-calls");
        workspace.AddTool("npm", $"echo \"$PWD: $*\" >> '{calls}'");

        var (exitCode, output, errors) = await workspace.RunHookAsync("prepackage");

        Assert.True(exitCode == 0, output + errors);
        Assert.Equal([$"{workspace.Root}: ci", $"{workspace.Root}: run build:web"], File.ReadAllLines(calls));
    }
}
