using EcFunctions.Http;
using EcFunctions.LocalHost.DevelopmentStorage;
using EcFunctions.Tests.Integration.Infrastructure;

namespace EcFunctions.Tests.Integration.OpenApi;

/// <summary>
/// The web app's client types (web/src/api-schema.ts) are what openapi-typescript makes of the
/// document the hosts serve now, so a route or body changed in the API fails the web app's build
/// rather than a focal point's submission.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class WebClientTypesTests(ApiFixture api)
{
    [Fact]
    public async Task TheWebAppsClientTypesAreGeneratedFromTheServedDocument()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "web-client-types");
        Directory.CreateDirectory(folder);
        using var http = api.CreateClient();
        await File.WriteAllBytesAsync(Path.Combine(folder, "v1.json"), await http.GetByteArrayAsync($"/{Routes.Prefix}/{Routes.OpenApiDocument}"));

        var generated = await NodeTool.OpenApiTypeScript.RunAsync(["v1.json", "--output", "api-schema.ts"], folder);

        Assert.True(generated.ExitCode == 0, $"openapi-typescript exited {generated.ExitCode}:\n{generated.Output}\n{generated.Errors}");
        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "web", "src", "api-schema.ts"));
        Assert.True(
            committed == await File.ReadAllTextAsync(Path.Combine(folder, "api-schema.ts")),
            "web/src/api-schema.ts is stale: run 'dotnet build EcFunctions.sln && npm run api:types', then rebuild the web app.");
    }
}
