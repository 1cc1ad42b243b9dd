using NJsonSchema;
using NJsonSchema.Generation;
using NJsonSchema.References;

namespace EcFunctions.Questionnaires;

/// <summary>
/// Resolves <c>$ref</c>s only to files under the questionnaires folder. Loading a published schema
/// must never reach the network nor read outside the folder, whatever a schema says.
/// </summary>
internal sealed class LocalReferenceResolver(JsonSchema rootSchema, string rootPath)
    : JsonReferenceResolver(new JsonSchemaAppender(rootSchema, new DefaultTypeNameGenerator()))
{
    private readonly string root = Path.GetFullPath(rootPath).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    public override Task<IJsonReference> ResolveFileReferenceAsync(
        string filePath, CancellationToken cancellationToken = default)
    {
        var fullPath = Path.GetFullPath(filePath);
        return fullPath.StartsWith(root, StringComparison.Ordinal)
            ? base.ResolveFileReferenceAsync(fullPath, cancellationToken)
            : throw new InvalidDataException($"$ref to '{filePath}' leaves the questionnaires folder '{root}'.");
    }

    public override Task<IJsonReference> ResolveUrlReferenceAsync(string url, CancellationToken cancellationToken = default) =>
        throw new InvalidDataException($"$ref to '{url}' is remote; published questionnaires may only refer to local files.");
}
