using Microsoft.OpenApi;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>The groups the document's operations are listed under, each with what it is about.</summary>
public static class ApiTags
{
    /// <summary>The published questionnaires.</summary>
    public const string Questionnaires = "Questionnaires";

    /// <summary>Answers, drafts, revisions and withdrawals.</summary>
    public const string Responses = "Responses";

    /// <summary>Files attached to responses.</summary>
    public const string Attachments = "Attachments";

    /// <summary>Reporting cycles.</summary>
    public const string Cycles = "Cycles";

    /// <summary>A closed cycle's synthesis and its outputs.</summary>
    public const string Synthesis = "Synthesis";

    /// <summary>The respondent registry.</summary>
    public const string Respondents = "Respondents";

    /// <summary>Bearer tokens.</summary>
    public const string Tokens = "Tokens";

    /// <summary>The audit trail.</summary>
    public const string Audit = "Audit";

    /// <summary>This document.</summary>
    public const string Description = "Description";

    /// <summary>Every tag with its description, in the order a reader meets them.</summary>
    public static ISet<OpenApiTag> All() => new HashSet<OpenApiTag>
    {
        Tag(Questionnaires, "The published questionnaire versions, JSON Schema documents, served to anyone."),
        Tag(Responses, "A respondent's answer in a cycle: drafts, submissions and amendments as immutable revisions, each write conditional " +
            "(If-None-Match: * to create, If-Match to change) and safe to retry with an Idempotency-Key; withdrawal; the history."),
        Tag(Attachments, "Position papers and reports (PDF, DOCX, ODT) attached to a response, which answers then refer to by id."),
        Tag(Cycles, "Reporting cycles: their window and the questionnaire version each kind of respondent answers; opened and closed by the secretariat."),
        Tag(Synthesis, "The synthesis a closed cycle compiles in the background, and its outputs."),
        Tag(Respondents, "The registry of respondents: member states, organisations and other stakeholders (secretariat)."),
        Tag(Tokens, "Bearer tokens, issued and revoked by the secretariat."),
        Tag(Audit, "The append-only record of every change, and who made it (secretariat)."),
        Tag(Description, "This OpenAPI document."),
    };

    private static OpenApiTag Tag(string name, string description) => new() { Name = name, Description = description };
}
