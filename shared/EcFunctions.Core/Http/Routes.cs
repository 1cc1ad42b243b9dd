namespace EcFunctions.Http;

/// <summary>
/// The HTTP surface, relative to the <c>api</c> prefix both hosts put in front of it.
/// Parameter names are part of the contract: both hosts bind them by name.
/// </summary>
public static class Routes
{
    /// <summary>The prefix both hosts serve the routes under.</summary>
    public const string Prefix = "api";

    /// <summary><c>GET</c>: the questionnaires and their published versions.</summary>
    public const string Questionnaires = "questionnaires";

    /// <summary><c>GET</c>: one published version, the exact JSON Schema document.</summary>
    public const string QuestionnaireVersion = "questionnaires/{questionnaireId}/versions/{version}";

    /// <summary><c>GET</c> reads, <c>PUT</c> writes a respondent's answer in a reporting cycle.</summary>
    public const string Response = "cycles/{cycleId}/responses/{respondentId}";

    /// <summary><c>GET</c>: the respondent registry (secretariat).</summary>
    public const string Respondents = "respondents";

    /// <summary><c>GET</c> reads, <c>PUT</c> registers or replaces, <c>DELETE</c> deactivates a respondent (secretariat).</summary>
    public const string Respondent = "respondents/{respondentId}";

    /// <summary><c>POST</c>: imports respondents from CSV, all rows or none (secretariat).</summary>
    public const string RespondentImports = "respondent-imports";

    /// <summary><c>POST</c>: issues a token for a respondent (secretariat).</summary>
    public const string RespondentTokens = "respondents/{respondentId}/tokens";

    /// <summary><c>POST</c>: issues a further secretariat token (secretariat).</summary>
    public const string SecretariatTokens = "secretariat/tokens";

    /// <summary><c>DELETE</c>: revokes a token (secretariat).</summary>
    public const string Token = "tokens/{tokenId}";

    /// <summary><c>GET</c>: the cycles (all for the secretariat, those concerning it for a respondent).</summary>
    public const string Cycles = "cycles";

    /// <summary><c>GET</c> reads a cycle; <c>PUT</c> creates or updates a draft cycle (secretariat).</summary>
    public const string Cycle = "cycles/{cycleId}";

    /// <summary><c>POST</c>: opens a draft cycle (secretariat).</summary>
    public const string CycleOpening = "cycles/{cycleId}/open";

    /// <summary><c>POST</c>: closes an open cycle and queues its synthesis; 202 (secretariat).</summary>
    public const string CycleClosing = "cycles/{cycleId}/close";

    /// <summary><c>GET</c> reads the synthesis status; <c>POST</c> requests the synthesis again (secretariat).</summary>
    public const string Synthesis = "cycles/{cycleId}/synthesis";

    /// <summary><c>GET</c>: one synthesis output: synthesis.json, responses.csv, responses-lists.csv, responses.xlsx, report.md, report.html or report.docx (secretariat).</summary>
    public const string SynthesisOutput = "cycles/{cycleId}/synthesis/{name}";

    /// <summary><c>PUT</c>: saves a draft of a respondent's answer; required answers may be missing.</summary>
    public const string ResponseDraft = "cycles/{cycleId}/responses/{respondentId}/draft";

    /// <summary><c>POST</c>: withdraws a submitted answer; its history stays.</summary>
    public const string ResponseWithdrawal = "cycles/{cycleId}/responses/{respondentId}/withdrawal";

    /// <summary><c>GET</c>: every revision of a response, oldest first.</summary>
    public const string ResponseRevisions = "cycles/{cycleId}/responses/{respondentId}/revisions";

    /// <summary><c>GET</c>: one revision's stored bytes.</summary>
    public const string ResponseRevision = "cycles/{cycleId}/responses/{respondentId}/revisions/{revision}";

    /// <summary><c>GET</c>: the audit trail, filterable by cycle and respondent (secretariat).</summary>
    public const string Audit = "audit";

    /// <summary><c>POST</c>: attaches a file (PDF, DOCX, ODT) to a respondent's response; <c>GET</c>: lists them.</summary>
    public const string Attachments = "cycles/{cycleId}/responses/{respondentId}/attachments";

    /// <summary><c>GET</c>: one attachment's bytes.</summary>
    public const string Attachment = "cycles/{cycleId}/responses/{respondentId}/attachments/{attachmentId}";

    /// <summary><c>GET</c>: who the credentials belong to (any valid token).</summary>
    public const string Caller = "caller";

    /// <summary><c>GET</c>: every registered respondent with the state of its response in the cycle (secretariat).</summary>
    public const string CycleRespondents = "cycles/{cycleId}/respondents";

    /// <summary><c>GET</c>: the contributions registered in a cycle outside the questionnaire (secretariat).</summary>
    public const string Contributions = "cycles/{cycleId}/contributions";

    /// <summary><c>PUT</c> registers or replaces, <c>DELETE</c> removes a contribution outside the questionnaire (secretariat).</summary>
    public const string Contribution = "cycles/{cycleId}/contributions/{contributionId}";

    /// <summary>A written contribution's document.</summary>
    public const string ContributionDocument = "cycles/{cycleId}/contributions/{contributionId}/document";

    /// <summary><c>GET</c>: how a form lays out a questionnaire version (anonymous).</summary>
    public const string QuestionnaireLayout = "questionnaires/{questionnaireId}/versions/{version}/layout";

    /// <summary><c>GET</c>: the OpenAPI document describing these routes (anonymous).</summary>
    public const string OpenApiDocument = "openapi/v1.json";
}
