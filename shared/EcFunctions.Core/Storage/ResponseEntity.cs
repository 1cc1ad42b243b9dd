using Azure;
using Azure.Data.Tables;

namespace EcFunctions.Storage;

/// <summary>
/// A row of the responses table. A cycle is one partition; in it, each respondent has one head row
/// (the current state, key <c>h:{respondentId}</c>) and one row per revision
/// (<c>r:{respondentId}:{revision:D6}</c>). Sharing the partition lets a write add the revision row
/// and move the head in one transaction, so the two never disagree.
/// </summary>
public sealed record ResponseEntity : ITableEntity
{
    /// <inheritdoc/>
    public string PartitionKey { get; set; } = "";

    /// <inheritdoc/>
    public string RowKey { get; set; } = "";

    /// <inheritdoc/>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc/>
    public ETag ETag { get; set; }

    /// <summary>The respondent whose answer this is.</summary>
    public string RespondentId { get; set; } = "";

    /// <summary>The questionnaire the answer was validated against.</summary>
    public string QuestionnaireId { get; set; } = "";

    /// <summary>The exact questionnaire version the answer was validated against.</summary>
    public string QuestionnaireVersion { get; set; } = "";

    /// <summary>The revision number, from 1, without gaps.</summary>
    public int Revision { get; set; }

    /// <summary>The blob in <see cref="StorageNames.ResponsesContainer"/> holding the revision's bytes.</summary>
    public string BlobName { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of the stored bytes.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>Size of the stored bytes.</summary>
    public long Size { get; set; }

    /// <summary>When the revision was stored.</summary>
    public DateTimeOffset StoredAt { get; set; }

    /// <summary>The head row's key for a respondent.</summary>
    public static string HeadKey(string respondentId) => $"h:{respondentId}";

    /// <summary>A revision row's key; zero-padded so rows sort by revision.</summary>
    public static string RevisionKey(string respondentId, int revision) => $"r:{respondentId}:{revision:D6}";
}
