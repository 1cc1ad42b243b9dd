using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>The schema of what a body holds, made when the document is generated.</summary>
public delegate Task<IOpenApiSchema> BodySchema(OpenApiOperationTransformerContext context, CancellationToken cancellationToken);

/// <summary>The schemas bodies are described with.</summary>
public static class BodySchemas
{
    /// <summary>An answer (<see cref="ApiComponents.Answer"/>).</summary>
    public static readonly BodySchema Answer = Reference(ApiComponents.Answer);

    /// <summary>Any JSON object.</summary>
    public static readonly BodySchema JsonObject = Fixed(JsonSchemaType.Object);

    /// <summary>Text.</summary>
    public static readonly BodySchema Text = Fixed(JsonSchemaType.String);

    /// <summary>The bytes of a file.</summary>
    public static readonly BodySchema File = Fixed(JsonSchemaType.String, "binary");

    /// <summary>
    /// The schema of the request record <typeparamref name="T"/>, shared under the type's name. Its
    /// properties are nullable so that an absent one reaches the handler's rules, which answer 422 for
    /// it; <paramref name="required"/> names those the rules always require.
    /// </summary>
    public static BodySchema Sent<T>(params IReadOnlyList<string> required) => async (context, cancellationToken) =>
        await SharedAsync(typeof(T), context, cancellationToken, schema => schema.Required = new HashSet<string>(required, StringComparer.Ordinal));

    /// <summary>One of the schemas of <typeparamref name="T1"/> and <typeparamref name="T2"/>, as the API writes them: a reply that differs with the caller.</summary>
    public static BodySchema OneOf<T1, T2>() => async (context, cancellationToken) => new OpenApiSchema
    {
        OneOf = [await SharedAsync(typeof(T1), context, cancellationToken), await SharedAsync(typeof(T2), context, cancellationToken)],
    };

    private static async Task<IOpenApiSchema> SharedAsync(
        Type type, OpenApiOperationTransformerContext context, CancellationToken cancellationToken, Action<OpenApiSchema>? complete = null)
    {
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
            complete?.Invoke(schema);
            document.AddComponent(type.Name, schema);
        }

        return new OpenApiSchemaReference(type.Name, document);
    }

    private static BodySchema Reference(string component) =>
        (context, _) => Task.FromResult<IOpenApiSchema>(new OpenApiSchemaReference(component, context.Document));

    private static BodySchema Fixed(JsonSchemaType type, string? format = null) =>
        (_, _) => Task.FromResult<IOpenApiSchema>(new OpenApiSchema { Type = type, Format = format });
}
