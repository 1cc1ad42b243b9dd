using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>
/// Describes numbers as numbers. The API's JSON options (the web defaults) would also read a number
/// from a string, so the generator types every number as number-or-string; the API only ever writes
/// numbers, and none of the bodies it reads holds one, so clients are told what they get.
/// </summary>
public sealed class WholeNumbers : IOpenApiSchemaTransformer
{
    /// <inheritdoc/>
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && type.HasFlag(JsonSchemaType.String) && (type.HasFlag(JsonSchemaType.Integer) || type.HasFlag(JsonSchemaType.Number)))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        return Task.CompletedTask;
    }
}
