using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using EcFunctions.Http;
using EcFunctions.Tests.Integration.AzureFunctions;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Tests.Integration.OpenApi;

/// <summary>
/// The OpenAPI document both hosts serve: the bytes the build generated, describing exactly the routes
/// the hosts serve.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ApiDocumentTests(ApiFixture api)
{
    [Fact]
    public async Task BothHostsServeTheBytesTheBuildGenerated()
    {
        var built = BuiltDocument.Bytes();
        using var client = api.CreateClient();
        await using var worker = FunctionsWorker.Create(api.StorageConnectionString);

        foreach (var path in (string[])["/openapi/v1.json", $"/{Routes.Prefix}/{Routes.OpenApiDocument}"])
        {
            using var served = await client.GetAsync(path);
            Assert.Equal(200, (int)served.StatusCode);
            Assert.Equal("application/json", served.Content.Headers.ContentType?.MediaType);
            Assert.Equal(built, await served.Content.ReadAsByteArrayAsync());
        }

        var fromFunctions = await worker.SendAsync(new ApiRequest("GET", $"/{Routes.Prefix}/{Routes.OpenApiDocument}"));
        Assert.Equal(200, fromFunctions.Status);
        Assert.Equal("application/json", MediaTypeHeaderValue.Parse(fromFunctions.Headers["Content-Type"]).MediaType);
        Assert.Equal(built, fromFunctions.Content);
    }

    [Fact]
    public void DescribesEveryRouteTheLocalHostServesAndNoOther()
    {
        var described = Operations(BuiltDocument.Parse()).Select(operation => $"{operation.Id}: {operation.Method} {operation.Path}");
        var served = api.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith($"/{Routes.Prefix}/", StringComparison.Ordinal))
            .SelectMany(endpoint => endpoint.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods.Select(method =>
                $"{endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName}: {method} {endpoint.RoutePattern.RawText}"));

        SameSets.Assert("the document", described, "the local host", served);
    }

    private static IEnumerable<(string Id, string Method, string Path, JsonNode Node)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation =>
            ((string)operation.Value!["operationId"]!, operation.Key.ToUpperInvariant(), path.Key, operation.Value!)));
}
