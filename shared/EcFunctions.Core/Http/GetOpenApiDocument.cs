using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Http;

/// <summary>
/// Serves the API's OpenAPI document as the build wrote it beside the app (generated from the local
/// host's endpoints, see its project file), so every host serves the same bytes.
/// </summary>
public sealed class GetOpenApiDocumentHandler
{
    // Where the build puts the document, relative to the app's folder.
    private const string RelativePath = "openapi/v1.json";

    private readonly Lazy<byte[]> document = new(() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, RelativePath)));

    /// <summary>The document's bytes, unchanged.</summary>
    public FileContentHttpResult Handle() => TypedResults.Bytes(document.Value, "application/json");
}
