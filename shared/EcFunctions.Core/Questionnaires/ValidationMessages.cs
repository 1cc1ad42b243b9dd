using System.Globalization;
using NJsonSchema;
using NJsonSchema.Validation;

namespace EcFunctions.Questionnaires;

/// <summary>Readable messages for validation errors, naming the limit that was broken.</summary>
internal static class ValidationMessages
{
    private const int MostValuesListed = 25;

    public static string Describe(ValidationError error)
    {
        var schema = error.Schema;
        return error.Kind switch
        {
            ValidationErrorKind.PropertyRequired => $"'{error.Property}' is required.",
            ValidationErrorKind.NoAdditionalPropertiesAllowed => $"'{error.Property}' is not part of this questionnaire.",
            ValidationErrorKind.NotInEnumeration => AllowedValues(schema),
            ValidationErrorKind.StringTooShort when schema.MinLength == 1 => "Must not be empty.",
            ValidationErrorKind.StringTooShort => Text($"Must be at least {schema.MinLength} characters long."),
            ValidationErrorKind.StringTooLong => Text($"Must be at most {schema.MaxLength} characters long."),
            ValidationErrorKind.PatternMismatch => $"Does not match the pattern '{TimedPatterns.PatternOf(schema)}'.",
            ValidationErrorKind.TooFewItems => Text($"Must list at least {schema.MinItems} item(s)."),
            ValidationErrorKind.TooManyItems => Text($"Must list at most {schema.MaxItems} item(s)."),
            ValidationErrorKind.ItemsNotUnique => "Lists an item more than once.",
            ValidationErrorKind.NumberTooSmall => Text($"Must be at least {schema.Minimum}."),
            ValidationErrorKind.NumberTooBig => Text($"Must be at most {schema.Maximum}."),
            ValidationErrorKind.DateExpected => "Must be a date, as YYYY-MM-DD.",
            ValidationErrorKind.DateTimeExpected => "Must be a date and time, as YYYY-MM-DDThh:mm:ssZ.",
            ValidationErrorKind.EmailExpected => "Must be an e-mail address.",
            ValidationErrorKind.UriExpected => "Must be an absolute URI.",
            ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf => "Matches none of the forms this answer may take.",
            ValidationErrorKind.StringExpected => "Must be text (a JSON string).",
            ValidationErrorKind.IntegerExpected => "Must be a whole number.",
            ValidationErrorKind.NumberExpected => "Must be a number.",
            ValidationErrorKind.BooleanExpected => "Must be true or false.",
            ValidationErrorKind.ArrayExpected => "Must be a list (a JSON array).",
            ValidationErrorKind.ObjectExpected => "Must be an object.",
            _ => $"Breaks the questionnaire's rule '{error.Kind}'.",
        };
    }

    private static string AllowedValues(JsonSchema schema)
    {
        var values = schema.Enumeration.Select(value => $"'{value}'").ToList();
        return values.Count <= MostValuesListed
            ? $"Must be one of {string.Join(", ", values)}."
            : "Must be one of the values the questionnaire lists.";
    }

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
