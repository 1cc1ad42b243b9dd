using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace EcFunctions.Questionnaires;

/// <summary>
/// Gives every schema <c>pattern</c> a match timeout. NJsonSchema matches patterns with the static
/// <see cref="Regex.IsMatch(string, string)"/>, which has none, so a careless or hostile pattern could
/// hold a request for minutes, and with .NET's regular expression dialect instead of ECMA-262's. At load
/// each pattern is therefore moved into a custom format that NJsonSchema hands to a validator matching
/// the pattern as ECMA-262 reads it (<see cref="EcmaPattern"/>) within <see cref="Limit"/>.
/// </summary>
internal static class TimedPatterns
{
    /// <summary>The longest one pattern may take to match one value.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromMilliseconds(250);

    private const string FormatPrefix = "x-ec-pattern:";

    /// <summary>Moves the patterns of <paramref name="root"/> and all it refers to into <paramref name="settings"/>.</summary>
    /// <exception cref="InvalidDataException">A pattern has no faithful .NET rewrite (<see cref="EcmaPattern"/>).</exception>
    public static JsonSchemaValidatorSettings Take(JsonSchema root, JsonSchemaValidatorSettings settings)
    {
        var patterns = new HashSet<string>(StringComparer.Ordinal);
        Take(root, new HashSet<JsonSchema>(ReferenceEqualityComparer.Instance), patterns);
        foreach (var pattern in patterns)
        {
            settings.AddCustomFormatValidator(new TimedPattern(pattern));
        }

        return settings;
    }

    /// <summary>The pattern a schema had before <see cref="Take(JsonSchema, JsonSchemaValidatorSettings)"/> moved it.</summary>
    public static string? PatternOf(JsonSchema schema) =>
        schema.Format is { } format && format.StartsWith(FormatPrefix, StringComparison.Ordinal)
            ? format[FormatPrefix.Length..]
            : schema.Pattern;

    private static void Take(JsonSchema? schema, HashSet<JsonSchema> seen, HashSet<string> patterns)
    {
        if (schema is null || !seen.Add(schema))
        {
            return;
        }

        if (schema.Pattern is { } pattern)
        {
            if (schema.Format is not null)
            {
                throw new InvalidDataException(
                    $"A schema has both format '{schema.Format}' and pattern '{pattern}'; use one of them.");
            }

            schema.Format = FormatPrefix + pattern;
            schema.Pattern = null;
            patterns.Add(pattern);
        }

        IEnumerable<JsonSchema?> children =
        [
            schema.Reference, schema.Item, schema.Not, schema.AdditionalItemsSchema, schema.AdditionalPropertiesSchema,
            .. schema.Items, .. schema.Properties.Values, .. schema.PatternProperties.Values, .. schema.Definitions.Values,
            .. schema.AllOf, .. schema.AnyOf, .. schema.OneOf,
        ];
        foreach (var child in children)
        {
            Take(child, seen, patterns);
        }
    }

    private sealed class TimedPattern(string pattern) : IFormatValidator
    {
        private readonly Regex regex = new(EcmaPattern.ToDotNet(pattern), RegexOptions.None, Limit);

        public string Format { get; } = FormatPrefix + pattern;

        public ValidationErrorKind ValidationErrorKind => ValidationErrorKind.PatternMismatch;

        public bool IsValid(string value, JTokenType tokenType) => regex.IsMatch(value);
    }
}
