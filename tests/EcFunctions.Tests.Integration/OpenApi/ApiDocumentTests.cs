using System.Globalization;
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
/// the hosts serve, with the security they enforce.
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

    /// <summary>
    /// Every operation called without credentials, and by a respondent about another respondent's
    /// response: the host refuses exactly those the document secures, forbids exactly those it says it
    /// forbids, and answers only statuses the document lists.
    /// </summary>
    [Fact]
    public async Task TheDocumentedSecurityIsWhatTheLocalHostEnforces()
    {
        var respondent = (await api.IssueTokenAsync(ApiFixture.OtherStakeholders[0].Id)).Token;
        using var anonymous = api.CreateClient();
        using var asRespondent = api.CreateClient(respondent);
        var operations = Operations(BuiltDocument.Parse()).ToList();

        Assert.NotEmpty(operations);
        foreach (var operation in operations)
        {
            var secured = operation.Node["security"]!.AsArray().Count > 0;
            var documented = operation.Node["responses"]!.AsObject().Select(response => response.Key).ToHashSet(StringComparer.Ordinal);
            var what = $"{operation.Method} {operation.Path}";

            var status = await StatusAsync(anonymous, operation.Method, operation.Path);
            Assert.True(secured == (status == "401"), $"{what} answered {status} without credentials; the document says it is {(secured ? "" : "not ")}secured.");
            Assert.True(documented.Contains(status), $"{what} answered {status} without credentials, which the document does not list.");

            status = await StatusAsync(asRespondent, operation.Method, operation.Path);
            Assert.True(documented.Contains("403") == (status == "403"), $"{what} answered {status} to a respondent; the document lists {string.Join(", ", documented)}.");
            Assert.True(documented.Contains(status), $"{what} answered {status} to a respondent, which the document does not list.");
        }
    }

    private static async Task<string> StatusAsync(HttpClient client, string method, string path)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), Fill(path)));
        return ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture);
    }

    private static IEnumerable<(string Id, string Method, string Path, JsonNode Node)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(operation =>
            ((string)operation.Value!["operationId"]!, operation.Key.ToUpperInvariant(), path.Key, operation.Value!)));

    // A value for each path parameter that names nothing the fixture holds, so nothing is changed.
    private static string Fill(string path)
    {
        var filled = path
            .Replace("{revision}", "1", StringComparison.Ordinal)
            .Replace("{name}", "report.md", StringComparison.Ordinal)
            .Replace("{version}", "9.9.9", StringComparison.Ordinal)
            .Replace("{questionnaireId}", "ec-member-state", StringComparison.Ordinal)
            .Replace("{cycleId}", "openapi-no-cycle", StringComparison.Ordinal)
            .Replace("{respondentId}", "openapi-nobody", StringComparison.Ordinal)
            .Replace("{attachmentId}", "0123456789abcdef0123456789abcdef", StringComparison.Ordinal)
            .Replace("{tokenId}", "0123456789abcdef0123456789abcdef", StringComparison.Ordinal)
            .Replace("{contributionId}", "openapi-paper", StringComparison.Ordinal);
        return filled.Contains('{', StringComparison.Ordinal) ? throw new InvalidOperationException($"No test value for a parameter of {path}.") : filled;
    }
}
