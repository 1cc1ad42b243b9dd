using System.Diagnostics;
using System.Text.Json.Nodes;
using EcFunctions.LocalHost.DevelopmentStorage;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>
/// A command of an npm package the repository installs (package.json, <c>npm ci</c>), run with Node.js
/// from the package's own <c>bin</c> entry, as npx would, but never fetching anything.
/// </summary>
/// <param name="Package">The package, e.g. <c>@redocly/cli</c>.</param>
/// <param name="Command">The command it installs, e.g. <c>redocly</c>.</param>
public sealed record NodeTool(string Package, string Command)
{
    /// <summary>Redocly CLI, which lints OpenAPI documents.</summary>
    public static readonly NodeTool Redocly = new("@redocly/cli", "redocly");

    /// <summary>openapi-typescript, which writes a TypeScript client's types from an OpenAPI document.</summary>
    public static readonly NodeTool OpenApiTypeScript = new("openapi-typescript", "openapi-typescript");

    /// <summary>The TypeScript compiler.</summary>
    public static readonly NodeTool TypeScriptCompiler = new("typescript", "tsc");

    /// <summary>Runs the command in <paramref name="workingDirectory"/> (the repository root by default): its exit code and what it printed.</summary>
    public async Task<(int ExitCode, string Output, string Errors)> RunAsync(IEnumerable<string> arguments, string? workingDirectory = null)
    {
        var root = RepositoryRoot.Find();
        var package = Path.Combine(root, "node_modules", Package);
        var manifest = Path.Combine(package, "package.json");
        if (!File.Exists(manifest))
        {
            throw new InvalidOperationException($"{Package} is not installed: run 'npm ci' in {root}.");
        }

        var script = (string?)JsonNode.Parse(await File.ReadAllTextAsync(manifest))!["bin"]?[Command]
            ?? throw new InvalidOperationException($"{Package} installs no '{Command}' command.");
        var start = new ProcessStartInfo("node") { WorkingDirectory = workingDirectory ?? root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.GetFullPath(Path.Combine(package, script)));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, await output, await errors);
    }
}
