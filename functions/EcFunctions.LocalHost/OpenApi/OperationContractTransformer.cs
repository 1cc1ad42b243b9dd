using System.Globalization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.OpenApi;
using static EcFunctions.LocalHost.OpenApi.ApiComponents;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>
/// Writes each operation's <see cref="OperationContract"/> into the document: its summary, tag and
/// security, its parameters and body, and every reply and problem. An operation without a contract
/// fails the generation, and so the build.
/// </summary>
public sealed class OperationContractTransformer : IOpenApiOperationTransformer
{
    /// <inheritdoc/>
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var contract = OperationContracts.ByName.GetValueOrDefault(operation.OperationId ?? "")
            ?? throw new InvalidOperationException($"Operation '{operation.OperationId}' has no contract in {nameof(OperationContracts)}.");

        operation.Summary = contract.Summary;
        operation.Description = contract.Description;
        operation.Tags = new HashSet<OpenApiTagReference> { new(contract.Tag, document) };
        operation.Security = contract.Audience == Audience.Anyone
            ? []
            : [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, document)] = [] }];

        operation.Parameters ??= [];
        foreach (var path in operation.Parameters.OfType<OpenApiParameter>().Where(parameter => parameter.In == ParameterLocation.Path))
        {
            PathParameters.Describe(path);
        }

        foreach (var query in contract.Query)
        {
            operation.Parameters.Add(query);
        }

        foreach (var header in contract.Headers)
        {
            operation.Parameters.Add(new OpenApiParameterReference(header, document));
        }

        if (contract.Takes is { } body)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = body.Required, Description = body.Description, Content = await ContentAsync(body, context, cancellationToken),
            };
        }

        operation.Responses = await RepliesAsync(operation.Responses, contract, context, cancellationToken);
    }

    // The replies the result types described keep their bodies; any status the handler cannot answer with is dropped.
    private static async Task<OpenApiResponses> RepliesAsync(
        OpenApiResponses? described, OperationContract contract, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var document = context.Document!;
        var responses = new OpenApiResponses();
        foreach (var reply in contract.Replies)
        {
            var status = reply.Status.ToString(CultureInfo.InvariantCulture);
            responses[status] = new OpenApiResponse
            {
                Description = reply.Description,
                Content = reply.Returns is { } body
                    ? await ContentAsync(body, context, cancellationToken)
                    : (described?.GetValueOrDefault(status) as OpenApiResponse)?.Content,
                Headers = Headers(reply.Headers, document),
            };
        }

        foreach (var (status, codes) in ProblemStatuses.Of(contract))
        {
            responses[status.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = $"{ReasonPhrases.GetReasonPhrase(status)}: {string.Join(", ", codes)}. {ProblemStatuses.Explain(status)}".TrimEnd(),
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(Problem, document) },
                },
                Headers = Headers(ProblemStatuses.Headers(status), document),
            };
        }

        return responses;
    }

    private static Dictionary<string, IOpenApiHeader> Headers(IEnumerable<string> names, OpenApiDocument document) =>
        names.ToDictionary(name => name, name => (IOpenApiHeader)new OpenApiHeaderReference(name, document));

    private static async Task<Dictionary<string, OpenApiMediaType>> ContentAsync(
        Body body, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
        foreach (var (mediaType, schema) in body.Content)
        {
            content[mediaType] = new OpenApiMediaType { Schema = await schema(context, cancellationToken) };
        }

        return content;
    }
}
