using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace EcFunctions.Http;

/// <summary>
/// The problem catalogue: every expected failure the API reports, as RFC 9457 problem details
/// with a stable <c>code</c> (also the tail of <c>type</c>) that clients may switch on.
/// </summary>
public static class Problems
{
    /// <summary>The prefix of every problem <c>type</c>; the README lists the codes.</summary>
    public const string TypePrefix = "urn:ecfunctions:problem:";

    /// <summary>400: the body is not well-formed JSON.</summary>
    public static ProblemHttpResult MalformedJson(string detail) =>
        Create(StatusCodes.Status400BadRequest, "malformed-json", "The body is not well-formed JSON", detail);

    /// <summary>400: a path segment is not a valid identifier.</summary>
    public static ProblemHttpResult InvalidIdentifier(string name, string value) =>
        Create(StatusCodes.Status400BadRequest, "invalid-identifier", "Invalid identifier",
            $"'{value}' is not a valid {name}: use 1 to 64 letters, digits, '-' or '_', starting with a letter or digit.");

    /// <summary>404: no such questionnaire version is published.</summary>
    public static ProblemHttpResult QuestionnaireVersionNotFound(string questionnaireId, string version) =>
        Create(StatusCodes.Status404NotFound, "questionnaire-version-not-found", "Questionnaire version not found",
            $"No version '{version}' of questionnaire '{questionnaireId}' is published.");

    /// <summary>404: the respondent has no response in the cycle.</summary>
    public static ProblemHttpResult ResponseNotFound(string cycleId, string respondentId) =>
        Create(StatusCodes.Status404NotFound, "response-not-found", "Response not found",
            $"Respondent '{respondentId}' has no response in cycle '{cycleId}'.");

    /// <summary>409: a concurrent write to the same response won; nothing of this one was indexed.</summary>
    public static ProblemHttpResult WriteConflict(string cycleId, string respondentId) =>
        Create(StatusCodes.Status409Conflict, "write-conflict", "Concurrent write",
            $"Another write to the response of '{respondentId}' in cycle '{cycleId}' was stored first; read it and try again.");

    /// <summary>413: the body exceeds the configured limit.</summary>
    public static ProblemHttpResult BodyTooLarge(long limitBytes) =>
        Create(StatusCodes.Status413PayloadTooLarge, "body-too-large", "Body too large",
            $"The body exceeds the limit of {limitBytes} bytes.");

    /// <summary>415: the body is not declared as JSON.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string? contentType) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
            $"Send the answer as 'application/json', not '{contentType ?? "(none)"}'.");

    /// <summary>422: the answer does not name a questionnaire version that is published.</summary>
    public static ProblemHttpResult QuestionnaireVersionUnknown(string questionnaireId, string version) =>
        Create(StatusCodes.Status422UnprocessableEntity, "questionnaire-version-unknown", "Unknown questionnaire version",
            $"The answer names version '{version}' of questionnaire '{questionnaireId}', which is not published.");

    /// <summary>
    /// 422: the answer breaks its questionnaire. <paramref name="errors"/> maps the JSON pointer of
    /// each offending location to readable messages, in the shape of ASP.NET Core's validation problems.
    /// </summary>
    public static ProblemHttpResult AnswerInvalid(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(WithCode(
            new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = "The answer does not satisfy its questionnaire",
                Detail = $"{errors.Values.Sum(messages => messages.Length)} error(s); 'errors' maps each JSON pointer to what is wrong there.",
            },
            "answer-invalid"));

    private static ProblemHttpResult Create(int status, string code, string title, string detail) =>
        TypedResults.Problem(WithCode(new ProblemDetails { Status = status, Title = title, Detail = detail }, code));

    private static ProblemDetails WithCode(ProblemDetails problem, string code)
    {
        problem.Type = TypePrefix + code;
        problem.Extensions["code"] = code;
        return problem;
    }
}
