using Azure;
using Azure.Data.Tables;

namespace EcFunctions.Storage;

/// <summary>
/// The first result of a write sent with an <c>Idempotency-Key</c>, kept to answer its retries.
/// One partition per key (a hash of the caller and the key), so lookups are point reads; a write to a
/// response keeps it in the response's partition instead (see <see cref="Responses.ResponseWriteKey"/>).
/// </summary>
public sealed record IdempotencyEntity : ITableEntity
{
    /// <summary>Lower-case hex SHA-256 of the caller and the key; for a response's write, its cycle.</summary>
    public string PartitionKey { get; set; } = "";

    /// <summary>Empty; for a response's write, <c>k:</c> and the hash of the caller and the key.</summary>
    public string RowKey { get; set; } = "";

    /// <inheritdoc/>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc/>
    public ETag ETag { get; set; }

    /// <summary>SHA-256 of the method, the path and the body: what a retry must repeat exactly.</summary>
    public string Fingerprint { get; set; } = "";

    /// <summary>The status code of the first result (201 or 200).</summary>
    public int Status { get; set; }

    /// <summary>The first result's body, JSON.</summary>
    public string Body { get; set; } = "";

    /// <summary>The first result's <c>ETag</c> header, if any.</summary>
    public string? EntityTag { get; set; }

    /// <summary>The first result's <c>Location</c> header, if any.</summary>
    public string? Location { get; set; }

    /// <summary>After this, the key is forgotten and may be used again.</summary>
    public DateTimeOffset ExpiresAt { get; set; }
}
