using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace EcFunctions.Http;

/// <summary>
/// The problem catalogue: every expected failure the API reports, as RFC 9457 problem details
/// with a stable <c>code</c> (also the tail of <c>type</c>) that clients may switch on.
/// </summary>
public static class Problems
{
    /// <summary>The prefix of every problem <c>type</c>; the README lists the codes.</summary>
    public const string TypePrefix = "urn:ecfunctions:problem:";

    /// <summary>The authentication scheme named in every 401's <c>WWW-Authenticate</c>.</summary>
    public const string Challenge = "Bearer realm=\"EcFunctions\"";

    private const string UnauthenticatedCode = "unauthenticated";
    private const string InvalidCredentialsCode = "invalid-credentials";
    private const string StorageUnavailableCode = "storage-unavailable";

    /// <summary>400: the body is not well-formed JSON.</summary>
    public static ProblemHttpResult MalformedJson(string detail) =>
        Create(StatusCodes.Status400BadRequest, "malformed-json", "The body is not well-formed JSON", detail);

    /// <summary>400: a path segment is not a valid identifier.</summary>
    public static ProblemHttpResult InvalidIdentifier(string name, string value) =>
        Create(StatusCodes.Status400BadRequest, "invalid-identifier", "Invalid identifier",
            $"'{value}' is not a valid {name}: use 1 to 64 letters, digits, '-' or '_', starting with a letter or digit.");

    /// <summary>400: a query parameter has a value the route does not take.</summary>
    public static ProblemHttpResult InvalidQuery(string name, string detail) =>
        Create(StatusCodes.Status400BadRequest, "invalid-query", $"Invalid '{name}'", detail);

    /// <summary>
    /// 401: no credentials, or credentials that do not hold (<paramref name="reason"/> says why).
    /// <see cref="Complete"/> adds the <c>WWW-Authenticate</c> header.
    /// </summary>
    public static ProblemHttpResult Unauthenticated(string? reason) => reason is null
        ? Create(StatusCodes.Status401Unauthorized, UnauthenticatedCode, "Authentication required",
            "Send a token issued by the secretariat as 'Authorization: Bearer <token>'.")
        : Create(StatusCodes.Status401Unauthorized, InvalidCredentialsCode, "Invalid credentials", reason);

    /// <summary>403: the caller is known but this is the secretariat's to do.</summary>
    public static ProblemHttpResult Forbidden() =>
        Create(StatusCodes.Status403Forbidden, "forbidden", "Secretariat only", "Only the secretariat may do this.");

    /// <summary>404: no such questionnaire version is published.</summary>
    public static ProblemHttpResult QuestionnaireVersionNotFound(string questionnaireId, string version) =>
        Create(StatusCodes.Status404NotFound, "questionnaire-version-not-found", "Questionnaire version not found",
            $"No version '{version}' of questionnaire '{questionnaireId}' is published.");

    /// <summary>404: the questionnaire version is published without a layout.</summary>
    public static ProblemHttpResult QuestionnaireLayoutNotFound(string questionnaireId, string version) =>
        Create(StatusCodes.Status404NotFound, "questionnaire-layout-not-found", "Questionnaire layout not found",
            $"Version '{version}' of questionnaire '{questionnaireId}' has no layout; a form shows it with its defaults.");

    /// <summary>404: the respondent has no response in the cycle.</summary>
    public static ProblemHttpResult ResponseNotFound(string cycleId, string respondentId) =>
        Create(StatusCodes.Status404NotFound, "response-not-found", "Response not found",
            $"Respondent '{respondentId}' has no response in cycle '{cycleId}'.");

    /// <summary>404: the response has no such attachment.</summary>
    public static ProblemHttpResult AttachmentNotFound(string cycleId, string respondentId, string attachmentId) =>
        Create(StatusCodes.Status404NotFound, "attachment-not-found", "Attachment not found",
            $"The response of '{respondentId}' in cycle '{cycleId}' has no attachment '{attachmentId}'.");

    /// <summary>404: no respondent is registered under this id.</summary>
    public static ProblemHttpResult RespondentNotFound(string respondentId) =>
        Create(StatusCodes.Status404NotFound, "respondent-not-found", "Respondent not found",
            $"No respondent '{respondentId}' is registered.");

    /// <summary>404: the cycle has no contribution registered under this id.</summary>
    public static ProblemHttpResult ContributionNotFound(string cycleId, string contributionId) =>
        Create(StatusCodes.Status404NotFound, "contribution-not-found", "Contribution not found",
            $"Cycle '{cycleId}' has no contribution '{contributionId}'.");

    /// <summary>404: the contribution has no document uploaded.</summary>
    public static ProblemHttpResult ContributionDocumentNotFound(string cycleId, string contributionId) =>
        Create(StatusCodes.Status404NotFound, "contribution-document-not-found", "No document",
            $"Contribution '{contributionId}' of cycle '{cycleId}' has no document uploaded.");

    /// <summary>409: a document is uploaded for a contribution that is not written.</summary>
    public static ProblemHttpResult ContributionNotWritten(string contributionId, string channel) =>
        Create(StatusCodes.Status409Conflict, "contribution-not-written", "Not a written contribution",
            $"Contribution '{contributionId}' is registered as {channel}; only a written contribution has a document. Register it as written first.");

    /// <summary>404: no such cycle (or, for a respondent, none it can see).</summary>
    public static ProblemHttpResult CycleNotFound(string cycleId) =>
        Create(StatusCodes.Status404NotFound, "cycle-not-found", "Cycle not found", $"There is no reporting cycle '{cycleId}'.");

    /// <summary>404: the synthesis output does not exist (yet).</summary>
    public static ProblemHttpResult SynthesisOutputNotFound(string cycleId, string name) =>
        Create(StatusCodes.Status404NotFound, "synthesis-output-not-found", "Synthesis output not found",
            $"Cycle '{cycleId}' has no synthesis output '{name}'; see its synthesis status.");

    /// <summary>409: the cycle takes no answers now, and says since when or from when.</summary>
    public static ProblemHttpResult CycleNotAcceptingAnswers(string cycleId, string state, DateTimeOffset opensAt, DateTimeOffset? closedSince) =>
        closedSince is { } since
            ? Create(StatusCodes.Status409Conflict, "cycle-closed", "The cycle is closed",
                $"Cycle '{cycleId}' has been closed to answers since {since:u}.", ("closedAt", since))
            : Create(StatusCodes.Status409Conflict, "cycle-not-open", "The cycle is not open yet",
                $"Cycle '{cycleId}' is {state}; it accepts answers from {opensAt:u} once the secretariat opens it.", ("opensAt", opensAt));

    /// <summary>409: there is no submitted response to withdraw.</summary>
    public static ProblemHttpResult ResponseNotSubmitted(string cycleId, string respondentId) =>
        Create(StatusCodes.Status409Conflict, "response-not-submitted", "Nothing submitted to withdraw",
            $"Respondent '{respondentId}' has no submitted response in cycle '{cycleId}' to withdraw.");

    /// <summary>409: the cycle is in a state that does not allow this step.</summary>
    public static ProblemHttpResult CycleStateConflict(string cycleId, string state, string step) =>
        Create(StatusCodes.Status409Conflict, "cycle-state-conflict", "Not in this state",
            $"Cycle '{cycleId}' is {state}; it cannot be {step}.", ("state", state));

    /// <summary>404: no token has this id.</summary>
    public static ProblemHttpResult TokenNotFound(string tokenId) =>
        Create(StatusCodes.Status404NotFound, "token-not-found", "Token not found", $"No token '{tokenId}' was issued.");

    /// <summary>409: a concurrent write to the same thing won; nothing of this one was stored.</summary>
    public static ProblemHttpResult WriteConflict(string cycleId, string what) =>
        Create(StatusCodes.Status409Conflict, "write-conflict", "Concurrent write",
            $"Another write to {what} in cycle '{cycleId}' was stored first; read it and try again.");

    /// <summary>412: the write was made from another state of the response than the current one; nothing was stored.</summary>
    public static ProblemHttpResult PreconditionFailed(string cycleId, string respondentId, string? currentETag) =>
        currentETag is null
            ? Create(StatusCodes.Status412PreconditionFailed, "precondition-failed", "The response has changed",
                $"Respondent '{respondentId}' has no response in cycle '{cycleId}' yet: create it with 'If-None-Match: *'.")
            : Create(StatusCodes.Status412PreconditionFailed, "precondition-failed", "The response has changed",
                $"The response of '{respondentId}' in cycle '{cycleId}' is now at {currentETag}; read it, then write with 'If-Match: {currentETag}'.",
                ("currentETag", currentETag));

    /// <summary>428: a write to a response must say which state it was made from.</summary>
    public static ProblemHttpResult PreconditionRequired(string cycleId, string respondentId, string? currentETag) =>
        Create(StatusCodes.Status428PreconditionRequired, "precondition-required", "Precondition required",
            currentETag is null
                ? $"Send 'If-None-Match: *' to create the response of '{respondentId}' in cycle '{cycleId}'."
                : $"Send 'If-Match' with the ETag of the response you changed (now {currentETag}).");

    /// <summary>422: an idempotency key was used before for a different request.</summary>
    public static ProblemHttpResult IdempotencyKeyReused(string key) =>
        Create(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused", "Idempotency key reused",
            $"The Idempotency-Key '{key}' was used for a different request; use a new key for a new request.");

    /// <summary>400: the idempotency key is not usable.</summary>
    public static ProblemHttpResult IdempotencyKeyInvalid() =>
        Create(StatusCodes.Status400BadRequest, "idempotency-key-invalid", "Invalid Idempotency-Key",
            "Send one Idempotency-Key of 1 to 255 visible ASCII characters, e.g. a UUID.");

    /// <summary>413: the body exceeds the configured limit.</summary>
    public static ProblemHttpResult BodyTooLarge(long limitBytes) =>
        Create(StatusCodes.Status413PayloadTooLarge, "body-too-large", "Body too large",
            $"The body exceeds the limit of {limitBytes} bytes.");

    /// <summary>415: the body is not of the media type the route takes.</summary>
    public static ProblemHttpResult UnsupportedMediaType(string expected, string? contentType) =>
        Create(StatusCodes.Status415UnsupportedMediaType, "unsupported-media-type", "Unsupported media type",
            $"Send the body as '{expected}', not '{contentType ?? "(none)"}'.");

    /// <summary>415: an attachment whose content is not one of the accepted file types.</summary>
    public static ProblemHttpResult AttachmentTypeNotAllowed() =>
        Create(StatusCodes.Status415UnsupportedMediaType, "attachment-type-not-allowed", "File type not accepted",
            "Attach a PDF, DOCX or ODT file. The type is read from the file's content; its name and declared type do not count.");

    /// <summary>422: the answer does not name a questionnaire version that is published.</summary>
    public static ProblemHttpResult QuestionnaireVersionUnknown(string questionnaireId, string version) =>
        Create(StatusCodes.Status422UnprocessableEntity, "questionnaire-version-unknown", "Unknown questionnaire version",
            $"The answer names version '{version}' of questionnaire '{questionnaireId}', which is not published.");

    /// <summary>422: the respondent answers another questionnaire.</summary>
    public static ProblemHttpResult QuestionnaireNotForRespondent(string respondentId, string kind, string expected) =>
        Create(StatusCodes.Status422UnprocessableEntity, "questionnaire-not-for-respondent", "Wrong questionnaire",
            $"'{respondentId}' is a respondent of kind '{kind}' and answers '{expected}'.");

    /// <summary>422: a cycle definition is not valid; errors are keyed by field.</summary>
    public static ProblemHttpResult CycleInvalid(IDictionary<string, string[]> errors) =>
        Validation(errors, "cycle-invalid", "The cycle is not valid", "'errors' maps each field to what is wrong with it.");

    /// <summary>422: a respondent record breaks the registry's rules; errors are keyed by field.</summary>
    public static ProblemHttpResult RespondentInvalid(IDictionary<string, string[]> errors) =>
        Validation(errors, "respondent-invalid", "The respondent is not valid",
            "'errors' maps each field to what is wrong with it.");

    /// <summary>422: a contribution registered outside the questionnaire breaks the rules; errors are keyed by field.</summary>
    public static ProblemHttpResult ContributionInvalid(IDictionary<string, string[]> errors) =>
        Validation(errors, "contribution-invalid", "The contribution is not valid",
            "'errors' maps each field to what is wrong with it.");

    /// <summary>422: a CSV import has bad rows; errors are keyed by line number; nothing was imported.</summary>
    public static ProblemHttpResult ImportInvalid(IDictionary<string, string[]> errors) =>
        Validation(errors, "import-invalid", "The import has errors; nothing was imported",
            "'errors' maps 'line N' to what is wrong on that line of the CSV (line 1 is the header).");

    /// <summary>
    /// 422: the answer breaks its questionnaire. <paramref name="errors"/> maps the JSON pointer of
    /// each offending location to readable messages, in the shape of ASP.NET Core's validation problems.
    /// </summary>
    public static ProblemHttpResult AnswerInvalid(IDictionary<string, string[]> errors) =>
        Validation(errors, "answer-invalid", "The answer does not satisfy its questionnaire",
            $"{errors.Values.Sum(messages => messages.Length)} error(s); 'errors' maps each JSON pointer to what is wrong there.");

    /// <summary>414: the path and query are longer than the API takes.</summary>
    public static ProblemHttpResult UriTooLong(int limit) =>
        Create(StatusCodes.Status414UriTooLong, "uri-too-long", "The URI is too long", $"The path and query may be at most {limit} characters.");

    /// <summary>431: the request's headers are larger than the API takes.</summary>
    public static ProblemHttpResult HeadersTooLarge(int limit) =>
        Create(StatusCodes.Status431RequestHeaderFieldsTooLarge, "headers-too-large", "The request headers are too large",
            $"The request's headers may hold at most {limit} bytes.");

    /// <summary>404: the index lists the revision, but its stored document is missing.</summary>
    public static ProblemHttpResult RevisionContentMissing(string cycleId, string respondentId, int revision) =>
        Create(StatusCodes.Status404NotFound, "revision-content-missing", "The revision's document is missing",
            $"Revision {revision} of the response of '{respondentId}' in cycle '{cycleId}' is listed, but its stored document " +
            "cannot be found. Nothing was changed; tell the secretariat, who can restore it from a backup.");

    /// <summary>
    /// 503: storage did not answer in time or failed; the request may be sent again (writes carry
    /// preconditions and idempotency keys, so a retry never writes twice). <see cref="Complete"/>
    /// adds <c>Retry-After</c>.
    /// </summary>
    public static ProblemHttpResult StorageUnavailable(TimeSpan retryAfter) =>
        Create(StatusCodes.Status503ServiceUnavailable, StorageUnavailableCode, "Storage is unavailable",
            $"The storage service did not answer in time. Try again in {(int)retryAfter.TotalSeconds} seconds.",
            ("retryAfter", (int)retryAfter.TotalSeconds));

    /// <summary>
    /// Completes every problem a host writes, registered once as the problem details customisation:
    /// one written outside the catalogue (status-code pages for a route no handler serves, the
    /// exception handler) gets a <c>code</c> and <c>type</c> from its status, so every error has one;
    /// and the headers some problems carry are added, the challenge of a 401, as RFC 9110 requires,
    /// and the <c>Retry-After</c> of a 503.
    /// </summary>
    public static void Complete(ProblemDetailsContext context)
    {
        if (!context.ProblemDetails.Extensions.ContainsKey("code") && context.ProblemDetails.Status is { } status)
        {
            WithCode(context.ProblemDetails, ReasonPhrases.GetReasonPhrase(status).ToLowerInvariant().Replace(' ', '-'));
        }

        var code = context.ProblemDetails.Extensions.TryGetValue("code", out var value) ? value as string : null;
        if (code is UnauthenticatedCode or InvalidCredentialsCode)
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = code == UnauthenticatedCode
                ? Challenge
                : $"{Challenge}, error=\"invalid_token\", error_description=\"{context.ProblemDetails.Detail}\"";
        }
        else if (code == StorageUnavailableCode && context.ProblemDetails.Extensions.TryGetValue("retryAfter", out var seconds))
        {
            context.HttpContext.Response.Headers.RetryAfter = Convert.ToString(seconds, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    private static ProblemHttpResult Validation(IDictionary<string, string[]> errors, string code, string title, string detail) =>
        TypedResults.Problem(WithCode(
            new HttpValidationProblemDetails(errors) { Status = StatusCodes.Status422UnprocessableEntity, Title = title, Detail = detail },
            code));

    private static ProblemHttpResult Create(int status, string code, string title, string detail, params (string Name, object Value)[] extensions)
    {
        var problem = WithCode(new ProblemDetails { Status = status, Title = title, Detail = detail }, code);
        foreach (var (name, value) in extensions)
        {
            problem.Extensions[name] = value;
        }

        return TypedResults.Problem(problem);
    }

    private static ProblemDetails WithCode(ProblemDetails problem, string code)
    {
        problem.Type = TypePrefix + code;
        problem.Extensions["code"] = code;
        return problem;
    }
}
