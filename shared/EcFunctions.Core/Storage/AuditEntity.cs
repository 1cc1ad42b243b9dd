using Azure;
using Azure.Data.Tables;

namespace EcFunctions.Storage;

/// <summary>
/// One event of the audit trail, only ever added, in the cycles table. A cycle's events are rows of
/// its partition, so an event about a response is written in the response's own transaction; events
/// outside any cycle (tokens, the registry) are in <see cref="RegistryPartition"/>. Row keys start
/// with <c>e:</c> and the time in ticks, so a partition's events read in the order things happened.
/// </summary>
public sealed record AuditEntity : ITableEntity
{
    /// <summary>The partition of events that belong to no cycle.</summary>
    public const string RegistryPartition = "~registry";

    /// <summary>What every event's row key starts with.</summary>
    public const string RowKeyPrefix = "e:";

    /// <summary>The first row key after every event's.</summary>
    public const string RowKeyEnd = "e;";

    /// <summary>The cycle id, or <see cref="RegistryPartition"/>.</summary>
    public string PartitionKey { get; set; } = "";

    /// <summary><c>e:{ticks:D19}-{random}</c>: chronological and unique.</summary>
    public string RowKey { get; set; } = "";

    /// <inheritdoc/>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc/>
    public ETag ETag { get; set; }

    /// <summary>When it happened.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>What happened: one of <see cref="Audit.AuditActions"/>.</summary>
    public string Action { get; set; } = "";

    /// <summary>Who did it: <c>respondent &lt;id&gt;</c>, <c>secretariat (&lt;name&gt;)</c> or <c>system</c>.</summary>
    public string Actor { get; set; } = "";

    /// <summary>The respondent it concerns, if any.</summary>
    public string? RespondentId { get; set; }

    /// <summary>What was touched, in a few words: a revision, a token id, a state.</summary>
    public string Detail { get; set; } = "";
}
