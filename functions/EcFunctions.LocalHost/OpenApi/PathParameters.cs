using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.OpenApi;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>
/// Every path parameter of <see cref="Routes"/>, by name: what it names and the values it takes.
/// The route binds each as text and the handler reads it (an unknown value is answered by the handler,
/// never by routing), so the document says here what the handlers accept.
/// </summary>
public static class PathParameters
{
    private static readonly Dictionary<string, (string Description, Func<OpenApiSchema> Schema)> ByName = new(StringComparer.Ordinal)
    {
        ["questionnaireId"] = ("The questionnaire, e.g. 'ec-member-state'; '_vocabulary', '_attachments' and '_synthesis' hold shared definitions.", Text),
        ["version"] = ("The published version, e.g. '1.1.0'.", Text),
        ["cycleId"] = ("The reporting cycle, e.g. '2026': 1 to 64 letters, digits, '-' or '_'.", Identifier),
        ["respondentId"] = ("The respondent: an ISO 3166-1 alpha-3 code for a member state ('BRA'), a lower-case slug otherwise ('itu').", Identifier),
        ["revision"] = ("The revision's number, from 1, as the history lists it.",
            () => new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1" }),
        ["attachmentId"] = ("The attachment's id, as its upload returned it.", Identifier),
        ["contributionId"] = ("The contribution's id within the cycle, chosen by the secretariat, e.g. 'paper-004'.", Identifier),
        ["tokenId"] = ("The token's id, as its issue returned it (the part between 'ec_' and the secret).", Text),
        ["name"] = ("The output's file name.", () => ApiComponents.Enumeration(CycleViews.Outputs.Keys)),
    };

    /// <summary>Describes <paramref name="parameter"/>; fails for a name this list lacks, so a new route cannot go undescribed.</summary>
    public static void Describe(OpenApiParameter parameter)
    {
        var (description, schema) = ByName.TryGetValue(parameter.Name!, out var known)
            ? known
            : throw new InvalidOperationException($"Path parameter '{parameter.Name}' is not described in {nameof(PathParameters)}.");
        parameter.Description = description;
        parameter.Schema = schema();
    }

    private static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };

    private static OpenApiSchema Identifier() => new() { Type = JsonSchemaType.String, Pattern = Identifiers.Syntax };
}
