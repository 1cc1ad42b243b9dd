using System.Reflection;
using System.Text.Json.Nodes;
using EcFunctions.Storage;

namespace EcFunctions.Tests.Infra;

/// <summary>
/// One set of app settings, three places: what the code reads, what the Bicep template sets on the
/// function app, and what local.settings.sample.json lists. A setting added to one and forgotten in
/// another fails here.
/// </summary>
public sealed class AppSettingsParityTests
{
    // Read by the platform, not by the core: the Functions host's runtime choice (Core Tools needs it
    // locally; Flex Consumption takes the runtime from the site's functionAppConfig instead) and the
    // Application Insights connection, which the host and the Functions app's exporter pick up.
    private static readonly string[] PlatformOnly = ["FUNCTIONS_WORKER_RUNTIME", "APPLICATIONINSIGHTS_CONNECTION_STRING"];

    [Fact]
    public async Task TheTemplateTheSampleAndTheCodeNameTheSameSettings()
    {
        var code = ReadByTheCode();
        var template = await Repository.AppSettingsAsync();
        var sample = JsonNode.Parse(File.ReadAllText(Repository.PathOf("local.settings.sample.json")))!["Values"]!.AsObject()
            .Select(setting => setting.Key);

        Assert.Equal(code, Normalise(template));
        Assert.Equal(code, Normalise(sample));
    }

    [Fact]
    public async Task TheTemplateReachesStorageByIdentityOnly()
    {
        var template = await Repository.AppSettingsAsync();

        Assert.Equal(
            ["AzureWebJobsStorage__blobServiceUri", "AzureWebJobsStorage__credential", "AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri"],
            template.Where(setting => setting.StartsWith(StorageNames.Connection, StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The storage connection, and every bound options class of the core: a public <c>Section</c>
    /// constant and the properties it binds, as app settings (<c>Section__Property</c>).
    /// </summary>
    private static SortedSet<string> ReadByTheCode()
    {
        var settings = new SortedSet<string>(StringComparer.Ordinal) { StorageNames.Connection };
        foreach (var options in typeof(StorageNames).Assembly.GetExportedTypes())
        {
            if (options.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } section)
            {
                foreach (var property in options.GetProperties().Where(property => property.SetMethod?.IsPublic == true))
                {
                    settings.Add($"{section.GetRawConstantValue()}__{property.Name}");
                }
            }
        }

        return settings;
    }

    // Identity-based storage is several settings under one name (accountName, credential ...): the
    // code reads them as one configuration section.
    private static SortedSet<string> Normalise(IEnumerable<string> settings) => new(
        settings.Where(setting => !PlatformOnly.Contains(setting))
            .Select(setting => setting.StartsWith($"{StorageNames.Connection}__", StringComparison.Ordinal) ? StorageNames.Connection : setting),
        StringComparer.Ordinal);
}
