using Azure;
using Azure.Data.Tables;

namespace EcFunctions.Storage;

/// <summary>An issued access token: its salted hash and what it grants, never the token itself.</summary>
public sealed record TokenEntity : ITableEntity
{
    /// <summary>The tokens' one partition.</summary>
    public const string Partition = "token";

    /// <inheritdoc/>
    public string PartitionKey { get; set; } = Partition;

    /// <summary>The token id, the public part of the token.</summary>
    public string RowKey { get; set; } = "";

    /// <inheritdoc/>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc/>
    public ETag ETag { get; set; }

    /// <summary><c>secretariat</c> or <c>respondent</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>The respondent a respondent token acts for; empty for the secretariat.</summary>
    public string RespondentId { get; set; } = "";

    /// <summary>Random salt, base64.</summary>
    public string Salt { get; set; } = "";

    /// <summary>SHA-256 of salt and secret, base64.</summary>
    public string Hash { get; set; } = "";

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; set; }

    /// <summary>When it stops working.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; set; }
}
