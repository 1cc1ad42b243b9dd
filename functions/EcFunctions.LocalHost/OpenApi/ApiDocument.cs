using Microsoft.AspNetCore.OpenApi;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>The OpenAPI document's generation: from the endpoints, completed by their contracts.</summary>
public static class ApiDocument
{
    /// <summary>Registers the generator the build runs (see the project file).</summary>
    public static IServiceCollection AddApiDocument(this IServiceCollection services) => services.AddOpenApi(options =>
    {
        options.AddDocumentTransformer<DocumentDescription>();
        options.AddOperationTransformer<OperationContractTransformer>();
        options.AddSchemaTransformer<WholeNumbers>();
    });
}
