using System.Text.Json.Nodes;
using EcFunctions.LocalHost.DevelopmentStorage;
using EcFunctions.Tests.Integration.Infrastructure;

namespace EcFunctions.Tests.Integration.OpenApi;

/// <summary>The document passes <c>redocly lint</c> with the recommended rules (redocly.yaml at the repository root), warnings included.</summary>
public sealed class RedoclyLintTests
{
    [Fact]
    public async Task TheBuiltDocumentHasNoLintErrorOrWarning()
    {
        var (exitCode, output, errors) = await NodeTool.Redocly.RunAsync(
            ["lint", BuiltDocument.Path, "--config", Path.Combine(RepositoryRoot.Find(), "redocly.yaml"), "--format", "json"]);

        var report = JsonNode.Parse(output[output.IndexOf('{', StringComparison.Ordinal)..])!;
        var problems = report["problems"]!.AsArray().Select(problem =>
            $"{problem!["severity"]} {problem["ruleId"]}: {problem["message"]} at {problem["location"]?[0]?["pointer"]}");
        Assert.True(exitCode == 0 && report["totals"]!["errors"]!.GetValue<int>() == 0 && report["totals"]!["warnings"]!.GetValue<int>() == 0,
            $"redocly lint exited {exitCode}:\n{string.Join("\n", problems)}\n{errors}");
    }
}
