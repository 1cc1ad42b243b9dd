namespace EcFunctions.Audit;

/// <summary>The things the audit trail records, as the <c>action</c> of each event.</summary>
public static class AuditActions
{
    /// <summary>A draft revision of a response was saved.</summary>
    public const string DraftSaved = "draft-saved";

    /// <summary>A response was submitted for the first time.</summary>
    public const string Submitted = "submitted";

    /// <summary>A response that had been submitted was submitted again.</summary>
    public const string Amended = "amended";

    /// <summary>A submitted response was withdrawn.</summary>
    public const string Withdrawn = "withdrawn";

    /// <summary>A file was attached to a response.</summary>
    public const string AttachmentUploaded = "attachment-uploaded";

    /// <summary>An access token was issued.</summary>
    public const string TokenIssued = "token-issued";

    /// <summary>An access token was revoked.</summary>
    public const string TokenRevoked = "token-revoked";

    /// <summary>A respondent was registered or its record changed.</summary>
    public const string RespondentChanged = "respondent-changed";

    /// <summary>A respondent was deactivated.</summary>
    public const string RespondentDeactivated = "respondent-deactivated";

    /// <summary>Respondents were imported from CSV.</summary>
    public const string RespondentsImported = "respondents-imported";

    /// <summary>A contribution received outside the questionnaire was registered in a cycle, or its record changed.</summary>
    public const string ContributionChanged = "contribution-changed";

    /// <summary>A contribution registered in a cycle was removed.</summary>
    public const string ContributionDeleted = "contribution-deleted";

    /// <summary>A cycle was defined, or its draft definition changed.</summary>
    public const string CycleDefined = "cycle-defined";

    /// <summary>A cycle's state changed (defined, opened, closing, closed, synthesised, synthesis-failed).</summary>
    public const string CycleStateChanged = "cycle-state-changed";
}
