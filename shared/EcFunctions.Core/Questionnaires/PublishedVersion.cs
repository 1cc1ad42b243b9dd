using Microsoft.Net.Http.Headers;
using NJsonSchema;
using NJsonSchema.Validation;

namespace EcFunctions.Questionnaires;

/// <summary>One published questionnaire version: its exact bytes and its parsed schema.</summary>
/// <param name="Ref">Which questionnaire and version.</param>
/// <param name="Title">The schema's title.</param>
/// <param name="Document">The file's bytes, served as they are.</param>
/// <param name="ETag">A strong validator derived from <paramref name="Document"/>.</param>
/// <param name="Schema">The parsed schema answers are validated against.</param>
/// <param name="ValidatorSettings">How to validate with <paramref name="Schema"/>: its patterns, with a timeout.</param>
/// <param name="Layout">
/// How a form lays the version out (<c>&lt;version&gt;.layout.json</c> beside the schema, a
/// react-jsonschema-form uiSchema), or null; data for clients, no rule of validation.
/// </param>
public sealed record PublishedVersion(
    QuestionnaireRef Ref, string Title, byte[] Document, EntityTagHeaderValue ETag, JsonSchema Schema,
    JsonSchemaValidatorSettings ValidatorSettings, PublishedLayout? Layout = null)
{
    /// <summary>Its texts in the other official languages (<see cref="Translation"/>), by language code.</summary>
    public IReadOnlyDictionary<string, Translation> Translations { get; init; } = new Dictionary<string, Translation>();
}

/// <summary>A questionnaire version's layout: its bytes, served as they are, and their strong ETag.</summary>
public sealed record PublishedLayout(byte[] Document, EntityTagHeaderValue ETag);
