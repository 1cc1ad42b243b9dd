using System.Globalization;
using Azure;
using Azure.Data.Tables;
using EcFunctions.Contributions;

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

    /// <summary>The contribution this row holds.</summary>
    public Contribution ToContribution() =>
        new(RowKey, Channel, Author, StakeholderGroup, Title, Language, DateOnly.ParseExact(Received, DateFormat, CultureInfo.InvariantCulture), Named);

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
    };

    private const string DateFormat = "yyyy-MM-dd";
}
