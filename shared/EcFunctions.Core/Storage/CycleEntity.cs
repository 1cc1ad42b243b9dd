using Azure;
using Azure.Data.Tables;

namespace EcFunctions.Storage;

/// <summary>
/// A reporting cycle's own row, key <see cref="RowKeyValue"/> in the cycle's partition of
/// <see cref="StorageNames.CyclesTable"/>, beside the rows of its responses, which the close fences in
/// transactions of that partition (see <see cref="Cycles.CloseCycleHandler"/>).
/// </summary>
public sealed record CycleEntity : ITableEntity
{
    /// <summary>The row key of a cycle's own row.</summary>
    public const string RowKeyValue = "cycle";

    /// <summary>The cycle id.</summary>
    public string PartitionKey { get; set; } = "";

    /// <inheritdoc/>
    public string RowKey { get; set; } = RowKeyValue;

    /// <inheritdoc/>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc/>
    public ETag ETag { get; set; }

    /// <summary>One of <see cref="Cycles.CycleState"/>.</summary>
    public string State { get; set; } = "";

    /// <summary>When answers start being accepted.</summary>
    public DateTimeOffset OpensAt { get; set; }

    /// <summary>When answers stop being accepted.</summary>
    public DateTimeOffset ClosesAt { get; set; }

    /// <summary>How long after <see cref="ClosesAt"/> a submitted response may still be amended or withdrawn.</summary>
    public long AmendmentGraceSeconds { get; set; }

    /// <summary>The questionnaire version per respondent kind, as JSON (<c>{"member-state": {"id": ..., "version": ...}}</c>).</summary>
    public string Questionnaires { get; set; } = "{}";

    /// <summary>The share of responding Member States from which an issue is marked a gap; null for the default.</summary>
    public double? GapThreshold { get; set; }

    /// <summary>When the secretariat opened it.</summary>
    public DateTimeOffset? OpenedAt { get; set; }

    /// <summary>When the secretariat closed it.</summary>
    public DateTimeOffset? ClosedAt { get; set; }


    /// <summary>When the latest synthesis was requested.</summary>
    public DateTimeOffset? SynthesisRequestedAt { get; set; }

    /// <summary>When a worker last started compiling the synthesis.</summary>
    public DateTimeOffset? SynthesisStartedAt { get; set; }

    /// <summary>When the latest synthesis completed.</summary>
    public DateTimeOffset? SynthesisCompletedAt { get; set; }

    /// <summary>SHA-256 over every (respondent, revision, content hash) the latest synthesis read.</summary>
    public string? SynthesisFingerprint { get; set; }

    /// <summary>How many responses the latest synthesis read.</summary>
    public int? SynthesisResponses { get; set; }

    /// <summary>The respondents, comma-separated, whose stored answers the latest synthesis could not read and left out.</summary>
    public string? SynthesisUnreadable { get; set; }

    /// <summary>Why the latest synthesis failed, if it did.</summary>
    public string? SynthesisFailure { get; set; }
}
