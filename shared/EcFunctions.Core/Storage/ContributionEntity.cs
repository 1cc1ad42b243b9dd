using System.Globalization;
using Azure;
using Azure.Data.Tables;
using EcFunctions.Contributions;
using EcFunctions.Http;

namespace EcFunctions.Storage;

/// <summary>
/// A row of <see cref="StorageNames.ContributionsTable"/>: one partition per cycle, a row per contribution,
/// so a cycle's contributions list in one query.
/// </summary>
public sealed record ContributionEntity : ITableEntity
{
    /// <summary>The cycle.</summary>
    public string PartitionKey { get; set; } = "";

    /// <summary>The contribution's id.</summary>
    public string RowKey { get; set; } = "";

    /// <inheritdoc/>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc/>
    public ETag ETag { get; set; }

    /// <summary>See <see cref="Contribution.Channel"/>.</summary>
    public string Channel { get; set; } = "";

    /// <summary>See <see cref="Contribution.Author"/>.</summary>
    public string Author { get; set; } = "";

    /// <summary>See <see cref="Contribution.StakeholderGroup"/>.</summary>
    public string StakeholderGroup { get; set; } = "";

    /// <summary>See <see cref="Contribution.Title"/>.</summary>
    public string? Title { get; set; }

    /// <summary>See <see cref="Contribution.Language"/>.</summary>
    public string Language { get; set; } = "";

    /// <summary>See <see cref="Contribution.Received"/>, as <c>yyyy-MM-dd</c>: tables hold no bare dates.</summary>
    public string Received { get; set; } = "";

    /// <summary>See <see cref="Contribution.Named"/>.</summary>
    public bool Named { get; set; }

    /// <summary>The file name of the document, when one is uploaded.</summary>
    public string? DocumentFileName { get; set; }

    /// <summary>The document's media type, read from its content.</summary>
    public string? DocumentMediaType { get; set; }

    /// <summary>The document's size in bytes.</summary>
    public long? DocumentSize { get; set; }

    /// <summary>The document's SHA-256, lower-case hex; it names its blob.</summary>
    public string? DocumentSha256 { get; set; }

    /// <summary>The contribution this row holds.</summary>
    public Contribution ToContribution() =>
        new(RowKey, Channel, Author, StakeholderGroup, Title, Language, DateOnly.ParseExact(Received, DateFormat, CultureInfo.InvariantCulture), Named,
            DocumentSha256 is null ? null : new ContributionDocument(
                DocumentFileName!, DocumentMediaType!, DocumentSize ?? 0, DocumentSha256, Links.ContributionDocument(PartitionKey, RowKey)));

    /// <summary>The blob holding a contribution's document in <see cref="StorageNames.AttachmentsContainer"/>: beside answers' files, never one of their names (those have three segments).</summary>
    public static string DocumentBlobName(string cycleId, string contributionId, string sha256) => $"contributions/{cycleId}/{contributionId}/{sha256}";

    /// <summary>The row holding <paramref name="contribution"/> in <paramref name="cycleId"/>.</summary>
    public static ContributionEntity From(string cycleId, Contribution contribution) => new()
    {
        PartitionKey = cycleId,
        RowKey = contribution.Id,
        Channel = contribution.Channel,
        Author = contribution.Author,
        StakeholderGroup = contribution.StakeholderGroup,
        Title = contribution.Title,
        Language = contribution.Language,
        Received = contribution.Received.ToString(DateFormat, CultureInfo.InvariantCulture),
        Named = contribution.Named,
        DocumentFileName = contribution.Document?.FileName,
        DocumentMediaType = contribution.Document?.MediaType,
        DocumentSize = contribution.Document?.Size,
        DocumentSha256 = contribution.Document?.Sha256,
    };

    private const string DateFormat = "yyyy-MM-dd";
}
