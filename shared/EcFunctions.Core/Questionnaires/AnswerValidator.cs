using System.Text.Json;
using System.Text.RegularExpressions;
using NJsonSchema.Validation;

namespace EcFunctions.Questionnaires;

/// <summary>Validates answers against their questionnaire version and locates every error by JSON pointer.</summary>
public static class AnswerValidator
{
    /// <summary>
    /// Each offending location's JSON pointer with what is wrong there; empty when the answer is valid.
    /// Without <paramref name="requireAnswers"/> (a draft), missing required properties are not errors.
    /// </summary>
    public static IDictionary<string, string[]> Validate(PublishedVersion questionnaire, JsonElement answer, bool requireAnswers = true)
    {
        ICollection<ValidationError> errors;
        try
        {
            errors = new Draft7Validator(questionnaire.ValidatorSettings).Validate(answer.GetRawText(), questionnaire.Schema);
        }
        catch (RegexMatchTimeoutException slow)
        {
            return new Dictionary<string, string[]>
            {
                [""] = [$"A pattern of the questionnaire took longer than {slow.MatchTimeout.TotalMilliseconds} ms on this answer; shorten the text that must match '{slow.Pattern}'."],
            };
        }

        return Leaves(errors)
            .Where(error => requireAnswers || error.Kind != ValidationErrorKind.PropertyRequired)
            .GroupBy(error => ValidationErrorLocation.Pointer(error.Path, answer), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Select(ValidationMessages.Describe).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// The errors a person can act on: an invalid array item or a failed allOf is reported through
    /// the errors inside it, while oneOf/anyOf stay whole, because their inner errors describe
    /// alternatives rather than faults.
    /// </summary>
    private static IEnumerable<ValidationError> Leaves(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(error => error is ChildSchemaValidationError { Kind: not (ValidationErrorKind.NotOneOf or ValidationErrorKind.NotAnyOf) } parent
            ? Leaves(parent.Errors.Values.SelectMany(inner => inner))
            : [error]);
}
