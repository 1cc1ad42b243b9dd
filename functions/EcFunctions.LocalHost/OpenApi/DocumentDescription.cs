using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>What the document says of the API as a whole: its name, where it is served, its groups, and the components operations share.</summary>
public sealed class DocumentDescription : IOpenApiDocumentTransformer
{
    /// <inheritdoc/>
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "EcFunctions API",
            Version = "1",
            Description = "The enhanced-cooperation questionnaire: published questionnaire versions (JSON Schema), respondents' answers as " +
                "immutable revisions validated against the version they name, reporting cycles and their synthesis. Errors are RFC 9457 " +
                "problem details with a stable 'code'. Questionnaires are public; every other operation needs a bearer token the secretariat issued.",
        };
        // Relative: the API is wherever this document was fetched from, the local host or the Functions app.
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host that served this document." }];
        document.Tags = ApiTags.All();
        ApiComponents.AddTo(document);
        return Task.CompletedTask;
    }
}
