using EcFunctions.Http;
using EcFunctions.Tests.Integration.Infrastructure;

namespace EcFunctions.Tests.Integration.OpenApi;

/// <summary>
/// A client generated from the document the local host serves, with openapi-typescript, compiles a
/// write flow (TypedClient/write-flow.ts, through openapi-fetch) with <c>tsc --strict</c>: request
/// bodies, conditional and idempotency headers, reply bodies and problems all typed as the API has them.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class TypedClientTests(ApiFixture api)
{
    private static readonly string Flow = Path.Combine(AppContext.BaseDirectory, "OpenApi", "TypedClient");

    [Fact]
    public async Task AClientGeneratedFromTheServedDocumentCompilesAWriteFlowStrictly()
    {
        // Beside the tests, inside the checkout, so the compiler finds openapi-fetch in its node_modules.
        var client = Path.Combine(AppContext.BaseDirectory, "typed-client");
        if (Directory.Exists(client))
        {
            Directory.Delete(client, recursive: true);
        }

        Directory.CreateDirectory(client);
        using var http = api.CreateClient();
        await File.WriteAllBytesAsync(Path.Combine(client, "v1.json"), await http.GetByteArrayAsync($"/{Routes.Prefix}/{Routes.OpenApiDocument}"));
        foreach (var file in Directory.EnumerateFiles(Flow))
        {
            File.Copy(file, Path.Combine(client, Path.GetFileName(file)));
        }

        var generated = await NodeTool.OpenApiTypeScript.RunAsync(["v1.json", "--output", "api.ts"], client);
        Assert.True(generated.ExitCode == 0, $"openapi-typescript exited {generated.ExitCode}:\n{generated.Output}\n{generated.Errors}");

        var compiled = await NodeTool.TypeScriptCompiler.RunAsync(["--project", ".", "--strict"], client);
        Assert.True(compiled.ExitCode == 0, $"tsc --strict exited {compiled.ExitCode}:\n{compiled.Output}\n{compiled.Errors}");
    }
}
