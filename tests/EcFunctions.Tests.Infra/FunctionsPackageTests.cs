using System.Reflection.PortableExecutable;
using System.Text.Json.Nodes;
using EcFunctions.Storage;

namespace EcFunctions.Tests.Infra;

/// <summary>
/// What Azure receives: the Functions app published as <c>azd package</c> publishes service <c>api</c>
/// (<c>dotnet publish -c Release</c>), holding what the Flex Consumption host needs to load it.
/// </summary>
public sealed class FunctionsPackageTests
{
    private const string App = "functions/EcFunctions.Functions";

    /// <summary>One publish for all the tests that read it, into a folder beside the tests, made anew each run.</summary>
    private static readonly Lazy<Task<string>> Published = new(PublishAsync);

    [Fact]
    public async Task HoldsWhatTheFunctionsHostLoadsTheAppBy()
    {
        var package = await Published.Value;

        Assert.Equal(File.ReadAllText(Repository.PathOf("host.json")), File.ReadAllText(Path.Combine(package, "host.json")));
        var worker = JsonNode.Parse(File.ReadAllText(Path.Combine(package, "worker.config.json")))!["description"]!;
        Assert.Equal("dotnet-isolated", (string?)worker["language"]);
        Assert.True(File.Exists(Path.Combine(package, (string)worker["defaultWorkerPath"]!)), "worker.config.json names a worker that is not in the package.");
        Assert.True(File.Exists(Path.Combine(package, "functions.metadata")));
        Assert.False(File.Exists(Path.Combine(package, "local.settings.json")), "Local settings must not be deployed.");
    }

    [Fact]
    public async Task RegistersTheStorageQueuesExtensionFromItsOwnFolder()
    {
        var package = await Published.Value;

        var extensions = JsonNode.Parse(File.ReadAllText(Path.Combine(package, "extensions.json")))!["extensions"]!.AsArray();
        var queues = Assert.Single(extensions, extension => (string?)extension!["name"] == "AzureStorageQueues")!;
        Assert.All(extensions, extension =>
            Assert.True(File.Exists(Path.Combine(package, (string)extension!["hintPath"]!)), $"{extension["hintPath"]} is missing"));
        Assert.StartsWith("./.azurefunctions/", (string?)queues["hintPath"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CarriesEveryBundledQuestionnaire()
    {
        var package = await Published.Value;

        Assert.Equal(Schemas(Repository.PathOf("questionnaires")), Schemas(Path.Combine(package, "questionnaires")));
    }

    [Fact]
    public async Task CarriesTheOpenApiDocumentAndNothingElseOfTheLocalHost()
    {
        var package = await Published.Value;

        // The local host's Release build, which the publish ran for it, generated it (see that project).
        Assert.Equal(
            File.ReadAllBytes(Repository.PathOf("functions/EcFunctions.LocalHost/obj/Release/openapi/v1.json")),
            File.ReadAllBytes(Path.Combine(package, "openapi", "v1.json")));
        // Its settings would be read as the app's own: its storage is the emulator's.
        Assert.Empty(Directory.EnumerateFiles(package, "appsettings*.json"));
        Assert.Empty(Directory.EnumerateFileSystemEntries(package, "EcFunctions.LocalHost*"));
        Assert.False(Directory.Exists(Path.Combine(package, "seed")), "The local host's seed registry must not be deployed.");
    }

    [Fact]
    public async Task ItsQueueTriggerReadsTheStorageConnectionTheTemplateConfigures()
    {
        var package = await Published.Value;
        var settings = await Repository.AppSettingsAsync();

        var triggers = JsonNode.Parse(File.ReadAllText(Path.Combine(package, "functions.metadata")))!.AsArray()
            .SelectMany(function => function!["bindings"]!.AsArray())
            .Where(binding => (string?)binding!["type"] == "queueTrigger")
            .ToList();
        var trigger = Assert.Single(triggers)!;
        Assert.Equal(StorageNames.SynthesisQueue, (string?)trigger["queueName"]);
        var connection = (string)trigger["connection"]!;
        Assert.Contains(settings, setting => setting == $"{connection}__queueServiceUri");
        Assert.Contains(settings, setting => setting == $"{connection}__credential");
    }

    [Fact]
    public async Task IsPrecompiledSoAColdStartRunsNativeCode()
    {
        var package = await Published.Value;

        Assert.All(["EcFunctions.Functions.dll", "EcFunctions.Core.dll"], assembly =>
        {
            using var reader = new PEReader(File.OpenRead(Path.Combine(package, assembly)));
            // A ReadyToRun image carries its native code behind this header; an IL-only one has none.
            Assert.True(reader.PEHeaders.CorHeader!.ManagedNativeHeaderDirectory.Size > 0, $"{assembly} is not ReadyToRun.");
        });
    }

    private static async Task<string> PublishAsync()
    {
        var output = Path.Combine(AppContext.BaseDirectory, "published-functions-app");
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        var (exitCode, printed, errors) = await Repository.DotnetAsync("publish", Repository.PathOf(App), "-c", "Release", "-o", output, "--nologo");
        Assert.True(exitCode == 0, printed + errors);
        return output;
    }

    private static List<string> Schemas(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.schema.json", SearchOption.AllDirectories)
            .Select(file => Path.GetRelativePath(folder, file).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)];
}
