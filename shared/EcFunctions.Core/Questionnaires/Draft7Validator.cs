using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;
using NJsonSchema.Validation.FormatValidators;

namespace EcFunctions.Questionnaires;

/// <summary>
/// NJsonSchema's validator, corrected where it departs from draft-07 (as the official test suite
/// shows): at every schema it visits, its own verdicts on these keywords are replaced by the
/// specification's. Lengths count characters (code points), not UTF-16 units, so an emoji is one;
/// <c>enum</c> and <c>uniqueItems</c> compare JSON values (<see cref="JsonEquality"/>); a number with
/// a zero fraction is an integer; <c>required</c> applies to objects only.
/// </summary>
internal sealed class Draft7Validator(JsonSchemaValidatorSettings settings) : JsonSchemaValidator(settings)
{
    /// <summary>NJsonSchema's formats with <c>uri</c> checked by RFC 3986 (<see cref="UriFormat"/>).</summary>
    public static JsonSchemaValidatorSettings Settings()
    {
        var settings = new JsonSchemaValidatorSettings();
        settings.FormatValidators = [.. settings.FormatValidators.Where(format => format.Format != JsonFormatStrings.Uri), new UriFormat()];
        return settings;
    }

    protected override ICollection<ValidationError> Validate(
        JToken token, JsonSchema schema, SchemaType schemaType, string? propertyName, string propertyPath)
    {
        var errors = base.Validate(token, schema, schemaType, propertyName, propertyPath)
            .Where(error => !IsCorrected(error, token, schema))
            .ToList();
        errors.AddRange(Verdicts(token, schema).Select(kind => new ValidationError(kind, propertyName, propertyPath, token, schema)));
        return errors;
    }

    private static bool IsCorrected(ValidationError error, JToken token, JsonSchema schema) =>
        ReferenceEquals(error.Schema, schema) && ReferenceEquals(error.Token, token) && error.Kind switch
        {
            ValidationErrorKind.StringTooShort or ValidationErrorKind.StringTooLong or ValidationErrorKind.ItemsNotUnique
                or ValidationErrorKind.NotInEnumeration => true,
            ValidationErrorKind.IntegerExpected => token.Type == JTokenType.Float && decimal.IsInteger(token.Value<decimal>()),
            ValidationErrorKind.PropertyRequired => token is not JObject,
            _ => false,
        };

    private static IEnumerable<ValidationErrorKind> Verdicts(JToken token, JsonSchema schema)
    {
        if (token.Type == JTokenType.String)
        {
            var characters = token.Value<string>()!.EnumerateRunes().Count();
            if (characters < schema.MinLength)
            {
                yield return ValidationErrorKind.StringTooShort;
            }

            if (characters > schema.MaxLength)
            {
                yield return ValidationErrorKind.StringTooLong;
            }
        }

        if (schema.UniqueItems && token is JArray items && HasDuplicates(items))
        {
            yield return ValidationErrorKind.ItemsNotUnique;
        }

        if (schema.Enumeration.Count > 0 && !schema.Enumeration.Select(JsonEquality.KeyOfEnumValue).Contains(JsonEquality.Key(token)))
        {
            yield return ValidationErrorKind.NotInEnumeration;
        }
    }

    private static bool HasDuplicates(JArray items)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return !items.All(item => seen.Add(JsonEquality.Key(item)));
    }
}
