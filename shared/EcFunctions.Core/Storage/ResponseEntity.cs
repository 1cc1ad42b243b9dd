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

    /// <summary>One of <see cref="Responses.ResponseState"/>: what this revision made of the response.</summary>
    public string State { get; set; } = Responses.ResponseState.Submitted;

    /// <summary>Who wrote the revision: <c>respondent &lt;id&gt;</c> or <c>secretariat (&lt;name&gt;)</c>.</summary>
    public string Actor { get; set; } = "";

    /// <summary>
    /// A random id of the request that wrote the revision. When a write fails on a condition, this
    /// tells a write that really happened (its reply lost, the SDK's retry refused) from one that lost a race.
    /// </summary>
    public string WriteId { get; set; } = "";

    /// <summary>
    /// Head only: when the cycle's close fenced this response; a head holding only a fence (revision 0)
    /// stands for a respondent who never wrote, and reads as no response.
    /// </summary>
    public DateTimeOffset? FencedAt { get; set; }

    /// <summary>Head only: the last submitted revision, the one a synthesis reads; null while only drafts exist.</summary>
    public int? SubmittedRevision { get; set; }

    /// <summary>Head only: the blob of <see cref="SubmittedRevision"/>.</summary>
    public string? SubmittedBlobName { get; set; }

    /// <summary>Head only: the content hash of <see cref="SubmittedRevision"/>.</summary>
    public string? SubmittedSha256 { get; set; }

    /// <summary>Head only: the questionnaire version of <see cref="SubmittedRevision"/>.</summary>
    public string? SubmittedQuestionnaireVersion { get; set; }

    /// <summary>
    /// What a synthesis reads of this head: its last submitted revision, or null when there is none
    /// (nothing submitted yet, or withdrawn since).
    /// </summary>
    public ResponseEntity? Submitted() =>
        SubmittedRevision is not { } submitted
            ? null
            : this with
            {
                Revision = submitted, BlobName = SubmittedBlobName!, Sha256 = SubmittedSha256!,
                QuestionnaireVersion = SubmittedQuestionnaireVersion!, State = Responses.ResponseState.Submitted,
            };

    /// <summary>The head row's key for a respondent.</summary>
    public static string HeadKey(string respondentId) => $"h:{respondentId}";

    /// <summary>A revision row's key; zero-padded so rows sort by revision.</summary>
    public static string RevisionKey(string respondentId, int revision) => $"r:{respondentId}:{revision:D6}";

    /// <summary>The key range holding every revision row of a respondent: from this, up to <see cref="RevisionKeyEnd"/>.</summary>
    public static string RevisionKeyStart(string respondentId) => $"r:{respondentId}:";

    /// <summary>The exclusive end of <see cref="RevisionKeyStart"/>'s range (';' sorts right after ':').</summary>
    public static string RevisionKeyEnd(string respondentId) => $"r:{respondentId};";
}
