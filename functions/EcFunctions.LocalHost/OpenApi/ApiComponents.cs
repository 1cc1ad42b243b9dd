using System.Text.Json.Nodes;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Responses;
using Microsoft.OpenApi;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>
/// The parts of the OpenAPI document that operations share, each described once and referred to by
/// name: the bearer scheme, the problem and answer bodies, and the headers of conditional and
/// idempotent requests and of their replies.
/// </summary>
public static class ApiComponents
{
    /// <summary>The security scheme: a token issued by the secretariat.</summary>
    public const string Bearer = "bearer";

    /// <summary>The schema of every error body (RFC 9457, as <see cref="Problems"/> writes it).</summary>
    public const string Problem = "Problem";

    /// <summary>The schema of an answer: any JSON object naming the questionnaire version it answers.</summary>
    public const string Answer = "Answer";

    /// <summary>Request header: the ETag a write was made from.</summary>
    public const string IfMatch = "If-Match";

    /// <summary>Request header: <c>*</c> to create a response; on reads, an ETag held.</summary>
    public const string IfNoneMatch = "If-None-Match";

    /// <summary>Request header: the key that makes a retried write safe.</summary>
    public const string IdempotencyKey = IdempotentRequests.Header;

    /// <summary>Request header of an upload, and response header of a download: the file's name.</summary>
    public const string ContentDisposition = "Content-Disposition";

    /// <summary>Response header: the entity tag.</summary>
    public const string ETag = "ETag";

    /// <summary>Response header: where the created resource, or the queued work's status, is.</summary>
    public const string Location = "Location";

    /// <summary>Response header: when to try again after 503.</summary>
    public const string RetryAfter = "Retry-After";

    /// <summary>Response header: the challenge of a 401.</summary>
    public const string WwwAuthenticate = "WWW-Authenticate";

    /// <summary>Response header: the state of the revision returned.</summary>
    public const string ResponseStateHeader = "Response-State";

    /// <summary>Response header: the SHA-256 of the bytes returned.</summary>
    public const string ReprDigest = "Repr-Digest";

    /// <summary>Response header: this reply repeats the first result of an idempotency key.</summary>
    public const string IdempotentReplayed = IdempotentRequests.ReplayedHeader;

    /// <summary>Response header: how long the reply may be cached.</summary>
    public const string CacheControl = "Cache-Control";

    /// <summary>Response header: when what was returned was stored.</summary>
    public const string LastModified = "Last-Modified";

    /// <summary>Request header: the languages the client prefers.</summary>
    public const string AcceptLanguage = "Accept-Language";

    /// <summary>Response header: the language served.</summary>
    public const string ContentLanguage = "Content-Language";

    /// <summary>Response header: what else than the URL the reply depends on.</summary>
    public const string Vary = "Vary";

    /// <summary>Adds every shared component to <paramref name="document"/>.</summary>
    public static void AddTo(OpenApiDocument document)
    {
        document.AddComponent(Bearer, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "ec_<token id>_<secret>",
            Description = "A token the secretariat issued (POST /api/secretariat/tokens, POST /api/respondents/{respondentId}/tokens), " +
                "sent as 'Authorization: Bearer ec_...'. Where App Service Authentication fronts the app, its signed-in principal counts instead.",
        });
        document.AddComponent(Problem, ProblemSchema());
        document.AddComponent(Answer, AnswerSchema(document));

        AddParameter(document, IfMatch,
            "The ETag of the response this write was made from (its current one, as the last read or write returned). " +
            "A write to an existing response without it gets 428; with a stale one, 412 and nothing changes.");
        AddParameter(document, IfNoneMatch,
            "On a write to a response: '*', to create it (its first write); if it exists already, 412. " +
            "On a read: an ETag held; while it is still current the answer is 304 without a body.");
        AddParameter(document, IdempotencyKey,
            "1 to 255 visible ASCII characters, a UUID say, new for each new write. A retry with the same key, route and body gets the " +
            "first result again (marked Idempotent-Replayed) and writes nothing; the same key with another body gets 422 idempotency-key-reused.",
            new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = 255, Pattern = "^[!-~]+$" });
        AddParameter(document, AcceptLanguage,
            "The languages preferred, as browsers send them (e.g. 'fr-CH, fr;q=0.9, en;q=0.5'): the first of the six official languages " +
            "of the United Nations (ar, en, es, fr, ru, zh) it names is served; otherwise English. ?lang= overrides it.");
        AddParameter(document, ContentDisposition,
            "The file's name, as 'attachment; filename=\"Position paper.pdf\"' (or filename*=UTF-8''...); without it the file is named from its type.");

        AddHeader(document, ETag, "The strong entity tag of what was returned or written: send it in If-Match with the next write, or in If-None-Match to read again.");
        AddHeader(document, Location, "The path of what was created, or of the status of what was queued.");
        AddHeader(document, RetryAfter, "Seconds to wait before sending the request again; a resent write is never stored twice.",
            new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "0" });
        AddHeader(document, WwwAuthenticate, $"The bearer challenge ({Problems.Challenge}), with error=\"invalid_token\" when the credentials sent do not hold.");
        AddHeader(document, ResponseStateHeader, "What this revision made of the response.",
            Enumeration(ResponseState.Draft, ResponseState.Submitted, ResponseState.Withdrawn));
        AddHeader(document, ReprDigest, "The SHA-256 of the bytes returned (RFC 9530), as sha-256=:<base64>:.");
        AddHeader(document, IdempotentReplayed, "'true' when this reply repeats the first result of the same Idempotency-Key, or of the same write retried; nothing was written again.",
            Enumeration("true"));
        AddHeader(document, CacheControl, "How long the reply may be kept: a published version never changes, a translation only by an erratum.");
        AddHeader(document, ContentLanguage, "The language served: the one asked for, or English when none of those asked is served.",
            Enumeration(QuestionnaireLanguages.All));
        AddHeader(document, Vary, "Accept-Language: the reply differs by the language asked for.");
        AddHeader(document, LastModified, "When what was returned was stored.");
        AddHeader(document, ContentDisposition, "attachment, with the file's name.");
    }

    /// <summary>A string schema allowing only <paramref name="values"/>.</summary>
    public static OpenApiSchema Enumeration(params IEnumerable<string> values) =>
        new() { Type = JsonSchemaType.String, Enum = [.. values.Select(value => (JsonNode)value)] };

    private static void AddParameter(OpenApiDocument document, string name, string description, OpenApiSchema? schema = null) =>
        document.AddComponent<IOpenApiParameter>(name, new OpenApiParameter
        {
            Name = name, In = ParameterLocation.Header, Description = description,
            Schema = schema ?? new OpenApiSchema { Type = JsonSchemaType.String },
        });

    private static void AddHeader(OpenApiDocument document, string name, string description, OpenApiSchema? schema = null) =>
        document.AddComponent<IOpenApiHeader>(name, new OpenApiHeader
        {
            Description = description, Schema = schema ?? new OpenApiSchema { Type = JsonSchemaType.String },
        });

    private static OpenApiSchema ProblemSchema() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. 'code' is stable, and the tail of 'type'; clients switch on it. Some problems carry further members.",
        Required = new HashSet<string> { "type", "title", "status", "code" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text($"'{Problems.TypePrefix}' followed by the code."),
            ["title"] = Text("A short summary of the problem."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "The HTTP status." },
            ["detail"] = Text("What went wrong in this case, and what to do."),
            ["instance"] = Text("The request's path, when given."),
            ["code"] = Text("The problem's stable code, e.g. 'answer-invalid'."),
            ["errors"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Description = "Every error of a validation problem, keyed by where it is: the JSON pointer in the answer (answer-invalid), " +
                    "the field (cycle-invalid, respondent-invalid), or 'line N' of the CSV (import-invalid).",
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
            },
            ["currentETag"] = Text("precondition-failed: the response's ETag now."),
            ["closedAt"] = DateTime("cycle-closed: since when the cycle takes no answers."),
            ["opensAt"] = DateTime("cycle-not-open: from when the cycle takes answers once opened."),
            ["state"] = Text("cycle-state-conflict: the cycle's state."),
            ["retryAfter"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Description = "storage-unavailable: seconds to wait, as in Retry-After." },
            ["traceId"] = Text("The request's trace, for the operators."),
        },
        AdditionalProperties = new OpenApiSchema(),
    };

    private static OpenApiSchema AnswerSchema(OpenApiDocument document) => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An answer: a JSON object that names, in 'questionnaire', the questionnaire version it answers, and otherwise satisfies " +
            "that version's JSON Schema, served at GET /api/questionnaires/{questionnaireId}/versions/{version} (?bundle=true for one self-contained document). " +
            "A draft may leave required answers out. It is stored, and read back, byte for byte.",
        Required = new HashSet<string> { "questionnaire" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["questionnaire"] = new OpenApiSchemaReference(nameof(QuestionnaireRef), document),
        },
        AdditionalProperties = new OpenApiSchema(),
    };

    private static OpenApiSchema Text(string description) => new() { Type = JsonSchemaType.String, Description = description };

    private static OpenApiSchema DateTime(string description) =>
        new() { Type = JsonSchemaType.String, Format = "date-time", Description = description };
}
