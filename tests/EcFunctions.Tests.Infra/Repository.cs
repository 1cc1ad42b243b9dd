using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using YamlDotNet.Serialization;

namespace EcFunctions.Tests.Infra;

/// <summary>Where the repository and the Bicep CLI are, as the build recorded them, and running the CLI.</summary>
internal static class Repository
{
    public static string Root => Metadata("RepoRoot");

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary><c>bicep build infra/main.bicep</c>, run once for all the tests that read it.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> MainTemplate { get; } =
        BicepAsync("build", PathOf("infra/main.bicep"), "--stdout");

    /// <summary>The compiled main template (ARM JSON).</summary>
    public static async Task<JsonNode> MainTemplateJsonAsync() => JsonNode.Parse((await MainTemplate).Output)!;

    /// <summary>The names of the app settings the template sets on the function app.</summary>
    public static async Task<List<string>> AppSettingsAsync()
    {
        var template = await MainTemplateJsonAsync();
        var appSettings = Resources(template).Single(resource =>
            (string?)resource["type"] == "Microsoft.Web/sites/config" && ((string?)resource["name"])!.Contains("appsettings", StringComparison.Ordinal));
        return [.. appSettings["properties"]!.AsObject().Select(setting => setting.Key)];
    }

    /// <summary>azure.yaml, as JSON, to be walked like the template.</summary>
    public static JsonNode AzureYaml()
    {
        var yaml = new DeserializerBuilder().Build().Deserialize(File.ReadAllText(PathOf("azure.yaml")))!;
        return JsonNode.Parse(new SerializerBuilder().JsonCompatible().Build().Serialize(yaml))!;
    }

    /// <summary>Runs the Bicep CLI; its exit code and everything it printed, both streams.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> BicepAsync(params string[] arguments) =>
        RunAsync(new ProcessStartInfo(Metadata("BicepPath"), arguments));

    /// <summary>Runs the .NET CLI that runs these tests; its exit code and everything it printed.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> DotnetAsync(params string[] arguments) =>
        RunAsync(new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet", arguments));

    /// <summary>Runs a program as <paramref name="start"/> says; its exit code and everything it printed.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>Every resource of a compiled template, those of its modules included.</summary>
    // Modules compile to nested deployments, each with a template of its own.
    public static IEnumerable<JsonObject> Resources(JsonNode template)
    {
        var resources = template["resources"] switch
        {
            JsonArray list => list.Select(resource => resource!.AsObject()),
            JsonObject byName => byName.Select(entry => entry.Value!.AsObject()),
            _ => [],
        };
        foreach (var resource in resources)
        {
            yield return resource;
            if (resource["properties"]?["template"] is { } nested)
            {
                foreach (var inner in Resources(nested))
                {
                    yield return inner;
                }
            }
        }
    }

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"The build did not record {key}.");
}
