using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.OpenApi;

/// <summary><c>GET /api/openapi/v1.json</c>.</summary>
public sealed class GetOpenApiDocument(GetOpenApiDocumentHandler handler)
{
    [Function(nameof(GetOpenApiDocument))]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.OpenApiDocument)] HttpRequest request) =>
        handler.Handle();
}
