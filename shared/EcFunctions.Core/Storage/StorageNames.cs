namespace EcFunctions.Storage;

/// <summary>
/// Every table, container and queue name the system uses. Constants, so that trigger attributes
/// in the Functions app and the local host's listener read the same names.
/// </summary>
public static class StorageNames
{
    /// <summary>The configuration name of the storage connection (the Functions host's own).</summary>
    public const string Connection = "AzureWebJobsStorage";

    /// <summary>
    /// Table of reporting cycles: one partition per cycle, holding the cycle's own row, the index of
    /// every response and revision in it (see <see cref="CycleEntity"/> and <see cref="ResponseEntity"/>),
    /// the idempotency keys of their writes and the cycle's audit trail (<see cref="AuditEntity"/>), so
    /// that a write stores all it changes in one transaction; and the audit trail outside any cycle.
    /// </summary>
    public const string CyclesTable = "cycles";

    /// <summary>Container holding the immutable answer documents, one blob per revision.</summary>
    public const string ResponsesContainer = "responses";

    /// <summary>Table of the respondent registry.</summary>
    public const string RespondentsTable = "respondents";

    /// <summary>Table of the contributions registered outside the questionnaire, one partition per cycle.</summary>
    public const string ContributionsTable = "contributions";

    /// <summary>Table of issued access tokens, stored as salted hashes.</summary>
    public const string TokensTable = "tokens";

    /// <summary>Table of the first results of writes sent with an <c>Idempotency-Key</c>.</summary>
    public const string IdempotencyTable = "idempotency";

    /// <summary>Container of the files attached to responses, one blob per attachment.</summary>
    public const string AttachmentsContainer = "attachments";

    /// <summary>Container of the synthesis outputs, under <c>{cycleId}/</c>.</summary>
    public const string SynthesisContainer = "synthesis";

    /// <summary>Queue of synthesis requests: small messages naming a cycle.</summary>
    public const string SynthesisQueue = "synthesis-requests";

    /// <summary>Where a synthesis request goes after failing <see cref="MaxDequeueCount"/> times (the Functions host's naming).</summary>
    public const string SynthesisPoisonQueue = SynthesisQueue + "-poison";

    /// <summary>Deliveries of a queue message before it is poison; host.json says the same to the Functions host.</summary>
    public const int MaxDequeueCount = 5;
}
