using System.Diagnostics;
using System.Text.Json.Nodes;
using EcFunctions.LocalHost.DevelopmentStorage;
using EcFunctions.Questionnaires;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Tests.Integration.Questionnaires;

/// <summary>
/// A client that resolves references itself, as a form library does, loads every questionnaire
/// version from the API over HTTP: the bundled form (<c>?bundle=true</c>) holds all it refers to.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ReferenceResolutionTests(ApiFixture api) : IAsyncLifetime
{
    private WebApplicationFactory<Program>? host;

    public Task InitializeAsync()
    {
        host = api.StartOverHttp();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task JsonSchemaRefParserDereferencesEveryBundledVersionFromTheApi()
    {
        using var client = host!.CreateClient();
        // Node resolves "localhost" to ::1 first; the server listens on IPv4 loopback.
        var baseAddress = new UriBuilder(client.BaseAddress!) { Host = "127.0.0.1" }.Uri;
        var versions = host.Services.GetRequiredService<QuestionnaireCatalogue>().Questionnaires
            .SelectMany(questionnaire => questionnaire.Versions.Select(version => (questionnaire.Id, version.Ref.Version)))
            .ToList();

        Assert.NotEmpty(versions);
        foreach (var (id, version) in versions)
        {
            var (exitCode, output, errors) = await DereferenceAsync(new Uri(baseAddress, $"/api/questionnaires/{id}/versions/{version}?bundle=true"));

            Assert.True(exitCode == 0, $"{id} {version}: {errors}");
            Assert.DoesNotContain("\"$ref\"", output, StringComparison.Ordinal);
            Assert.NotNull(JsonNode.Parse(output)!["properties"]?["answers"]);
            // A term of the shared vocabulary, which every questionnaire refers to for the policy issues.
            Assert.Contains("critical-internet-resources", output, StringComparison.Ordinal);
        }
    }

    private static async Task<(int ExitCode, string Output, string Errors)> DereferenceAsync(Uri url)
    {
        var root = RepositoryRoot.Find();
        var start = new ProcessStartInfo("node") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(root, "tests", "EcFunctions.Tests.Integration", "Questionnaires", "dereference.cjs"));
        start.ArgumentList.Add(url.ToString());
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var errors = node.StandardError.ReadToEndAsync();
        await node.WaitForExitAsync();
        return (node.ExitCode, await output, await errors);
    }
}
