using EcFunctions.Attachments;
using EcFunctions.Contributions;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using Microsoft.OpenApi;
using static EcFunctions.LocalHost.OpenApi.ApiComponents;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>
/// The contract of every operation, by its endpoint name, read off its handler: who may call it, the
/// headers and body it reads, every reply and every problem code it can answer with. The problems
/// every operation shares (401, 403, 503, 414, 431) follow from its audience and its use of storage.
/// </summary>
public static class OperationContracts
{
    private const string OwnResponseOnly = "The respondent itself, with its token, or the secretariat; another respondent's response is not found (404).";

    private static readonly string[] Conditional = [IfMatch, IfNoneMatch, IdempotencyKey];

    private static readonly Body Answer = new(
        "The answer, as JSON: it names the questionnaire version it answers, the one the cycle names for the respondent's kind.",
        new Content("application/json", BodySchemas.Answer));

    private static readonly Body StoredAnswer = new(
        "The answer, byte for byte as it was sent.", new Content("application/json", BodySchemas.Answer));

    private static readonly Body AttachedFile = new(
        "The file's bytes.", [.. AttachmentTypes.Extensions.Keys.Select(type => new Content(type, BodySchemas.File))]);

    private static readonly Dictionary<int, string[]> AnswerProblems = new()
    {
        [400] = ["invalid-identifier", "malformed-json", "idempotency-key-invalid"],
        [404] = ["respondent-not-found", "cycle-not-found"],
        [409] = ["cycle-closed", "cycle-not-open"],
        [412] = ["precondition-failed"],
        [413] = ["body-too-large"],
        [415] = ["unsupported-media-type"],
        [422] = ["questionnaire-version-unknown", "questionnaire-not-for-respondent", "answer-invalid", "idempotency-key-reused"],
        [428] = ["precondition-required"],
    };

    private static readonly Reply NotModified = new(304, "The ETag sent in If-None-Match is still current.", ETag);

    private static readonly Reply[] AnswerReplies =
    [
        new(201, "The response's first revision was stored; the receipt says what was stored.", ETag, Location, IdempotentReplayed),
        new(200, "A further revision was stored; the receipt says what was stored.", ETag, IdempotentReplayed),
    ];

    /// <summary>Every operation's contract, by its endpoint name.</summary>
    public static IReadOnlyDictionary<string, OperationContract> ByName { get; } = new Dictionary<string, OperationContract>(StringComparer.Ordinal)
    {
        ["GetOpenApiDocument"] = new(ApiTags.Description, "This document", Audience.Anyone,
            "The OpenAPI description of the API, generated from its endpoints when the app was built.")
        {
            Replies = [new(200, "The document.") { Returns = new("The OpenAPI 3.1 document.", new Content("application/json", BodySchemas.JsonObject)) }],
            UsesStorage = false,
        },

        ["ListQuestionnaires"] = new(ApiTags.Questionnaires, "List the questionnaires", Audience.Anyone,
            "Every questionnaire with its published versions, oldest first, and where to fetch each.")
        {
            Replies = [new(200, "The questionnaires.")],
            UsesStorage = false,
        },
        ["GetQuestionnaireVersion"] = new(ApiTags.Questionnaires, "Read a questionnaire version", Audience.Anyone,
            "A published version's JSON Schema document, in the language asked for (?lang= or Accept-Language; in English, the exact " +
            "file). Every language is the same schema: an answer validates alike whichever language it was written in. The shared " +
            "vocabulary is served the same way, as '_vocabulary'.")
        {
            Headers = [IfNoneMatch, AcceptLanguage],
            Query =
            [
                Query("lang", "The language to serve, overriding Accept-Language: one of the six official languages of the United Nations.",
                    Enumeration(QuestionnaireLanguages.All)),
                Query("bundle", "'true' for the version as one self-contained document: every document it refers to copied under 'definitions' " +
                    "as 'id@version', every $ref internal, and no $id.", Enumeration("true")),
            ],
            Replies =
            [
                new(200, "The schema.", ETag, CacheControl, ContentLanguage, Vary)
                {
                    Returns = new("A JSON Schema document.", new Content("application/schema+json", BodySchemas.JsonObject)),
                },
                new(304, "The ETag sent in If-None-Match is still current.", ETag, CacheControl),
            ],
            Problems = new Dictionary<int, string[]> { [404] = ["questionnaire-version-not-found"] },
            UsesStorage = false,
        },

        ["GetQuestionnaireLayout"] = new(ApiTags.Questionnaires, "Read a questionnaire version's layout", Audience.Anyone,
            "How a form lays the version out, kept and versioned beside its schema: a react-jsonschema-form uiSchema (widgets, long-text " +
            "areas, order, titles of choices the schema leaves untitled). Data for clients; it changes no rule of validation.")
        {
            Headers = [IfNoneMatch, AcceptLanguage],
            Query =
            [
                Query("lang", "The language to serve, overriding Accept-Language: one of the six official languages of the United Nations.",
                    Enumeration(QuestionnaireLanguages.All)),
            ],
            Replies =
            [
                new(200, "The layout.", ETag, CacheControl, ContentLanguage, Vary)
                {
                    Returns = new("A uiSchema, its choice titles in the language served.", new Content("application/json", BodySchemas.JsonObject)),
                },
                new(304, "The ETag sent in If-None-Match is still current.", ETag, CacheControl),
            ],
            Problems = new Dictionary<int, string[]> { [404] = ["questionnaire-version-not-found", "questionnaire-layout-not-found"] },
            UsesStorage = false,
        },

        ["SubmitResponse"] = new(ApiTags.Responses, "Submit an answer", Audience.RespondentOrSecretariat,
            "While the cycle takes answers, validates the answer fully against the questionnaire version it names and stores it as the " +
            "response's next immutable revision, the one the synthesis reads. A submitted response may be amended the same way until the " +
            "cycle's deadline, and for its amendment grace period after it. Send If-None-Match: * for the first write, If-Match with the " +
            "response's ETag for any other. " + OwnResponseOnly)
        {
            Headers = Conditional,
            Takes = Answer,
            Replies = AnswerReplies,
            Problems = AnswerProblems,
        },
        ["SaveDraft"] = new(ApiTags.Responses, "Save a draft", Audience.RespondentOrSecretariat,
            "As a submission, but answers may be missing (types and formats are still checked), and the synthesis ignores it: a draft saved " +
            "over a submission does not replace it until it is submitted. " + OwnResponseOnly)
        {
            Headers = Conditional,
            Takes = Answer,
            Replies = AnswerReplies,
            Problems = AnswerProblems,
        },
        ["WithdrawResponse"] = new(ApiTags.Responses, "Withdraw the submitted answer", Audience.RespondentOrSecretariat,
            "Stores a withdrawal as the next revision, which takes the response out of the synthesis; its history stays. " +
            "Allowed while a submission could be amended. Needs If-Match. " + OwnResponseOnly)
        {
            Headers = [IfMatch, IdempotencyKey],
            Replies = [new(200, "The withdrawal was stored; the receipt says so.", ETag, IdempotentReplayed)],
            Problems = new Dictionary<int, string[]>
            {
                [400] = ["invalid-identifier", "idempotency-key-invalid"],
                [404] = ["respondent-not-found", "cycle-not-found"],
                [409] = ["response-not-submitted", "cycle-closed", "cycle-not-open"],
                [412] = ["precondition-failed"],
                [422] = ["idempotency-key-reused"],
                [428] = ["precondition-required"],
            },
        },
        ["GetResponse"] = new(ApiTags.Responses, "Read the current answer", Audience.RespondentOrSecretariat,
            "The response's current revision, byte for byte as it was sent. " + OwnResponseOnly)
        {
            Headers = [IfNoneMatch],
            Replies =
            [
                new(200, "The current revision.", ETag, LastModified, ResponseStateHeader, ReprDigest) { Returns = StoredAnswer },
                NotModified,
            ],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier"], [404] = ["response-not-found", "revision-content-missing"] },
        },
        ["ListRevisions"] = new(ApiTags.Responses, "List the revisions", Audience.RespondentOrSecretariat,
            "Every revision of the response, oldest first: number, time, state, who wrote it, size, SHA-256 and link. " + OwnResponseOnly)
        {
            Replies = [new(200, "The history.")],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier"], [404] = ["response-not-found"] },
        },
        ["GetRevision"] = new(ApiTags.Responses, "Read a revision", Audience.RespondentOrSecretariat,
            "One revision, byte for byte as it was sent. " + OwnResponseOnly)
        {
            Headers = [IfNoneMatch],
            Replies =
            [
                new(200, "The revision.", ETag, LastModified, ResponseStateHeader) { Returns = StoredAnswer },
                NotModified,
            ],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier"], [404] = ["response-not-found", "revision-content-missing"] },
        },

        ["UploadAttachment"] = new(ApiTags.Attachments, "Attach a file", Audience.RespondentOrSecretariat,
            "While the cycle takes answers, attaches the body to the response: a PDF, DOCX or ODT file, its type read from its content, never " +
            "from its name or declared type. Its id is the first 32 hex digits of its SHA-256, so the same file again returns the same " +
            "attachment. An answer (questionnaire version 1.1.0 on) refers to it as {\"attachments\": [{\"id\": ..., \"title\": ...}]}. " + OwnResponseOnly)
        {
            Headers = [ContentDisposition, IdempotencyKey],
            Takes = new("The file, of whatever declared type: its content decides.",
                [.. AttachedFile.Content, new Content("application/octet-stream", BodySchemas.File)]),
            Replies =
            [
                new(201, "The file was attached.", Location, IdempotentReplayed),
                new(200, "The same file was attached before.", IdempotentReplayed),
            ],
            Problems = new Dictionary<int, string[]>
            {
                [400] = ["invalid-identifier", "idempotency-key-invalid"],
                [404] = ["respondent-not-found", "cycle-not-found"],
                [409] = ["cycle-closed", "cycle-not-open"],
                [413] = ["body-too-large"],
                [415] = ["attachment-type-not-allowed"],
                [422] = ["idempotency-key-reused"],
            },
        },
        ["ListAttachments"] = new(ApiTags.Attachments, "List the attached files", Audience.RespondentOrSecretariat,
            "The files attached to the response, none being an empty list. " + OwnResponseOnly)
        {
            Replies = [new(200, "The attachments.")],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier"], [404] = ["response-not-found"] },
        },
        ["GetAttachment"] = new(ApiTags.Attachments, "Download an attached file", Audience.RespondentOrSecretariat,
            "The file, typed by its content, with the name it was uploaded with. " + OwnResponseOnly)
        {
            Headers = [IfNoneMatch],
            Replies =
            [
                new(200, "The file.", ETag, LastModified, ContentDisposition) { Returns = AttachedFile },
                NotModified,
            ],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier"], [404] = ["attachment-not-found"] },
        },

        ["ListCycles"] = new(ApiTags.Cycles, "List the cycles", Audience.RespondentOrSecretariat,
            "The secretariat gets every cycle in 'cycles'; a respondent gets, in 'respondentCycles', the cycles opened for it, each with " +
            "the questionnaire version it answers and its own response's state.")
        {
            Replies = [new(200, "The cycles.")],
        },
        ["GetCycle"] = new(ApiTags.Cycles, "Read a cycle", Audience.RespondentOrSecretariat,
            "The whole cycle for the secretariat; for a respondent, its own view of an opened cycle.")
        {
            Replies =
            [
                new(200, "The cycle: its status for the secretariat, the respondent's view for a respondent.")
                {
                    Returns = new("The cycle.", new Content("application/json", BodySchemas.OneOf<CycleStatus, RespondentCycle>())),
                },
            ],
            Problems = new Dictionary<int, string[]> { [404] = ["cycle-not-found"] },
        },
        ["PutCycle"] = new(ApiTags.Cycles, "Define a cycle", Audience.Secretariat,
            "Creates a cycle as a draft, or redefines it while it is one: its window, the questionnaire version each kind of respondent " +
            "answers, an optional amendment grace period (up to 90 days) and an optional gap threshold (the share of responding Member States, " +
            "0.25 by default, from which the synthesis marks an issue a gap).")
        {
            Takes = new("The cycle's definition.", new Content("application/json", BodySchemas.Sent<CycleDefinition>("opensAt", "closesAt", "questionnaires"))),
            Replies = [new(201, "The cycle was created as a draft.", Location), new(200, "The draft was redefined.")],
            Problems = new Dictionary<int, string[]>
            {
                [400] = ["invalid-identifier", "malformed-json"],
                [409] = ["cycle-state-conflict", "write-conflict"],
                [413] = ["body-too-large"],
                [415] = ["unsupported-media-type"],
                [422] = ["cycle-invalid"],
            },
        },
        ["OpenCycle"] = new(ApiTags.Cycles, "Open a cycle", Audience.Secretariat,
            "Opens a draft cycle: from its opens-at time until its closes-at time, answers are accepted.")
        {
            Replies = [new(200, "The cycle is open.")],
            Problems = new Dictionary<int, string[]> { [404] = ["cycle-not-found"], [409] = ["cycle-state-conflict", "write-conflict"] },
        },
        ["CloseCycle"] = new(ApiTags.Cycles, "Close a cycle", Audience.Secretariat,
            "Closes an open cycle to answers (an answer accepted before the close is in the synthesis, one after it is refused) and queues " +
            "its synthesis, which runs in the background.")
        {
            Replies = [new(202, "The cycle is closed and its synthesis queued; Location is the synthesis status.", Location)],
            Problems = new Dictionary<int, string[]> { [404] = ["cycle-not-found"], [409] = ["cycle-state-conflict", "write-conflict"] },
        },

        ["ListCycleRespondents"] = new(ApiTags.Cycles, "List a cycle's progress", Audience.Secretariat,
            "Every registered respondent with the state of its response in the cycle (not-started, draft, submitted, withdrawn), its last " +
            "revision and when it changed; a deactivated respondent only if it has answered.")
        {
            Replies = [new(200, "The progress table.")],
            Problems = new Dictionary<int, string[]> { [404] = ["cycle-not-found"] },
        },
        ["ListContributions"] = new(ApiTags.Cycles, "List the contributions outside the questionnaire", Audience.Secretariat,
            "The contributions the secretariat registered in the cycle, received outside the questionnaire (written, oral, informal), by id.")
        {
            Replies = [new(200, "The contributions.")],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier"], [404] = ["cycle-not-found"] },
        },
        ["PutContribution"] = new(ApiTags.Cycles, "Register a contribution outside the questionnaire", Audience.Secretariat,
            "Registers, or replaces, a contribution received outside the questionnaire: a written paper (with its title), or an oral or " +
            "informal contribution the secretariat recorded, with its author, stakeholder group, language, date of receipt and whether " +
            "the author consented to be named. Allowed in any state of the cycle; a synthesis requested again counts it.")
        {
            Takes = new("The contribution.", new Content("application/json",
                BodySchemas.Sent<ContributionDetails>("channel", "author", "stakeholderGroup", "language", "received"))),
            Replies = [new(201, "The contribution was registered.", Location), new(200, "The contribution was replaced.")],
            Problems = new Dictionary<int, string[]>
            {
                [400] = ["invalid-identifier", "malformed-json"],
                [404] = ["cycle-not-found"],
                [413] = ["body-too-large"],
                [415] = ["unsupported-media-type"],
                [422] = ["contribution-invalid"],
            },
        },
        ["DeleteContribution"] = new(ApiTags.Cycles, "Remove a contribution outside the questionnaire", Audience.Secretariat,
            "Removes a contribution registered by mistake; the audit trail keeps that it was registered and removed.")
        {
            Replies = [new(204, "The contribution is removed.")],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier"], [404] = ["contribution-not-found"] },
        },
        ["PutContributionDocument"] = new(ApiTags.Cycles, "Upload a written contribution's document", Audience.Secretariat,
            "Uploads, or replaces, the document of a written contribution: a PDF, DOCX or ODT file, its type read from its content, its " +
            "name from Content-Disposition. The reply is the contribution with its document. Replacing keeps the old bytes until the " +
            "contribution is removed or registered as oral or informal.")
        {
            Headers = [ContentDisposition],
            Takes = new("The file, of whatever declared type: its content decides.",
                [.. AttachedFile.Content, new Content("application/octet-stream", BodySchemas.File)]),
            Replies = [new(200, "The document is uploaded.")],
            Problems = new Dictionary<int, string[]>
            {
                [400] = ["invalid-identifier"],
                [404] = ["contribution-not-found"],
                [409] = ["contribution-not-written"],
                [413] = ["body-too-large"],
                [415] = ["attachment-type-not-allowed"],
            },
        },
        ["GetContributionDocument"] = new(ApiTags.Cycles, "Download a written contribution's document", Audience.Secretariat,
            "The document, typed by its content, with the name it was uploaded with.")
        {
            Replies = [new(200, "The document.", ETag, ContentDisposition) { Returns = AttachedFile }],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier"], [404] = ["contribution-document-not-found"] },
        },
        ["GetSynthesis"] = new(ApiTags.Synthesis, "Read the synthesis status", Audience.Secretariat,
            "Where the cycle's synthesis is, with links to its outputs once it has completed.")
        {
            Replies = [new(200, "The synthesis status.")],
            Problems = new Dictionary<int, string[]> { [404] = ["cycle-not-found"] },
        },
        ["RequestSynthesis"] = new(ApiTags.Synthesis, "Run the synthesis again", Audience.Secretariat,
            "Queues a closed cycle's synthesis again: after a failure, to rebuild its outputs, or with another gap threshold " +
            "(the body is optional; without one the synthesis runs as the cycle defines it).")
        {
            Takes = new("A new gap threshold for the cycle.", new Content("application/json", BodySchemas.Sent<SynthesisRerun>())) { Required = false },
            Replies = [new(202, "The synthesis is queued; Location is its status.", Location)],
            Problems = new Dictionary<int, string[]>
            {
                [400] = ["malformed-json"], [404] = ["cycle-not-found"], [409] = ["cycle-state-conflict", "write-conflict"], [413] = ["body-too-large"],
                [415] = ["unsupported-media-type"],
                [422] = ["cycle-invalid"],
            },
        },
        ["GetSynthesisOutput"] = new(ApiTags.Synthesis, "Download a synthesis output", Audience.Secretariat,
            "One output of a completed synthesis: synthesis.json (described by questionnaires/_synthesis/1.2.0.schema.json); the answers as " +
            "responses.csv (a row per response), responses-lists.csv (the items of lists of mechanisms and examples, a row per field of an item) " +
            "and responses.xlsx (a sheet per questionnaire, a 0/1 column per choice of a multi-select, a sheet per list, a sheet describing the columns); " +
            "the report as report.md, report.html and report.docx. A report is written in each of the six official languages and served in the one asked for " +
            "(?lang= or Accept-Language; English by default and for a language not offered); the other outputs are the same in every language.")
        {
            Headers = [AcceptLanguage],
            Query =
            [
                Query("lang", "The report's language, overriding Accept-Language: one of the six official languages of the United Nations.",
                    Enumeration(QuestionnaireLanguages.All)),
            ],
            Replies =
            [
                new(200, "The output; a report's file name says its language, e.g. '<cycle>-report.es.html'.", ContentDisposition, ContentLanguage, Vary)
                {
                    Returns = new("The output file.", [.. CycleViews.Outputs.Values.Select(type => new Content(
                        type.Split(';')[0], type.StartsWith("application/json", StringComparison.Ordinal) ? BodySchemas.JsonObject
                            : type.StartsWith("text/", StringComparison.Ordinal) ? BodySchemas.Text : BodySchemas.File))]),
                },
            ],
            Problems = new Dictionary<int, string[]> { [404] = ["synthesis-output-not-found"] },
        },

        ["ListRespondents"] = new(ApiTags.Respondents, "List the respondents", Audience.Secretariat,
            "The registry, active respondents and deactivated ones.")
        {
            Replies = [new(200, "The respondents.")],
        },
        ["GetRespondent"] = new(ApiTags.Respondents, "Read a respondent", Audience.Secretariat, "One registered respondent.")
        {
            Replies = [new(200, "The respondent.")],
            Problems = new Dictionary<int, string[]> { [404] = ["respondent-not-found"] },
        },
        ["PutRespondent"] = new(ApiTags.Respondents, "Register a respondent", Audience.Secretariat,
            "Registers a respondent, or replaces its details, and activates it.")
        {
            Takes = new("The respondent's details.", new Content("application/json", BodySchemas.Sent<RespondentDetails>("kind", "stakeholderGroup", "displayName"))),
            Replies = [new(201, "The respondent was registered.", Location), new(200, "The respondent's details were replaced.")],
            Problems = new Dictionary<int, string[]>
            {
                [400] = ["malformed-json"],
                [413] = ["body-too-large"],
                [415] = ["unsupported-media-type"],
                [422] = ["respondent-invalid"],
            },
        },
        ["DeactivateRespondent"] = new(ApiTags.Respondents, "Deactivate a respondent", Audience.Secretariat,
            "Its credentials stop working and its tokens are revoked for good (registering it again revives none); its record and answers stay.")
        {
            Replies = [new(200, "The deactivated respondent.")],
            Problems = new Dictionary<int, string[]> { [404] = ["respondent-not-found"] },
        },
        ["ImportRespondents"] = new(ApiTags.Respondents, "Import respondents", Audience.Secretariat,
            "Registers or replaces every respondent of a CSV file, all rows or none: every row is checked first.")
        {
            Takes = new("UTF-8 CSV, one row per line, with the header id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail.",
                new Content(RequestBody.Csv, BodySchemas.Text)),
            Replies = [new(200, "How many respondents were registered and replaced.")],
            Problems = new Dictionary<int, string[]>
            {
                [413] = ["body-too-large"],
                [415] = ["unsupported-media-type"],
                [422] = ["import-invalid"],
            },
        },

        ["GetCaller"] = new(ApiTags.Tokens, "Who is signed in", Audience.RespondentOrSecretariat,
            "Whom the credentials belong to: the secretariat, or a respondent with its id and kind, so a client shows the right pages.")
        {
            Replies = [new(200, "The caller.")],
        },
        ["IssueRespondentToken"] = new(ApiTags.Tokens, "Issue a respondent token", Audience.Secretariat,
            "Issues a token for an active respondent, with an invitation link to the web app that carries it in the fragment. " +
            "The token is in this reply only; just a salted hash is stored.")
        {
            Replies = [new(201, "The token; Location is where to revoke it.", Location)],
            Problems = new Dictionary<int, string[]> { [404] = ["respondent-not-found"] },
        },
        ["IssueSecretariatToken"] = new(ApiTags.Tokens, "Issue a secretariat token", Audience.Secretariat,
            "Issues another secretariat token, for a colleague or a script. The token is in this reply only.")
        {
            Replies = [new(201, "The token; Location is where to revoke it.", Location)],
        },
        ["RevokeToken"] = new(ApiTags.Tokens, "Revoke a token", Audience.Secretariat, "The token stops working at once and for good.")
        {
            Replies = [new(204, "The token is revoked.")],
            Problems = new Dictionary<int, string[]> { [404] = ["token-not-found"] },
        },

        ["ListAuditEvents"] = new(ApiTags.Audit, "Read the audit trail", Audience.Secretariat,
            "Every change, with who made it and when, a page at a time, optionally for one cycle or respondent; 'next' links to the following page.")
        {
            Query =
            [
                Query("cycleId", "Only this cycle's events.", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = Identifiers.Syntax }),
                Query("respondentId", "Only this respondent's events.", new OpenApiSchema { Type = JsonSchemaType.String, Pattern = Identifiers.Syntax }),
                Query("pageSize", "Events per page, 1 to 1000.", new OpenApiSchema
                {
                    Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "1000", Default = 100,
                }),
                Query("page", "Where the page starts: as the previous page's 'next' link gives it.", new OpenApiSchema { Type = JsonSchemaType.String }),
            ],
            Replies = [new(200, "A page of events.")],
            Problems = new Dictionary<int, string[]> { [400] = ["invalid-identifier", "invalid-query"] },
        },
    };

    private static OpenApiParameter Query(string name, string description, OpenApiSchema schema) =>
        new() { Name = name, In = ParameterLocation.Query, Description = description, Schema = schema };
}
