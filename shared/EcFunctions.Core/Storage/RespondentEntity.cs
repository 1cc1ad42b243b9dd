using Azure;
using Azure.Data.Tables;
using EcFunctions.Respondents;

namespace EcFunctions.Storage;

/// <summary>
/// A row of the respondent registry. The registry is a few hundred rows in one partition, so it
/// lists in one query and an import writes it in transactions of up to 100 rows.
/// </summary>
public sealed record RespondentEntity : ITableEntity
{
    /// <summary>The registry's one partition.</summary>
    public const string Partition = "respondent";

    /// <inheritdoc/>
    public string PartitionKey { get; set; } = Partition;

    /// <inheritdoc/>
    public string RowKey { get; set; } = "";

    /// <inheritdoc/>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc/>
    public ETag ETag { get; set; }

    /// <summary>See <see cref="Respondent.Kind"/>.</summary>
    public string Kind { get; set; } = "";

    /// <summary>See <see cref="Respondent.StakeholderGroup"/>.</summary>
    public string StakeholderGroup { get; set; } = "";

    /// <summary>See <see cref="Respondent.Region"/>.</summary>
    public string? Region { get; set; }

    /// <summary>See <see cref="Respondent.Developing"/>.</summary>
    public bool? Developing { get; set; }

    /// <summary>See <see cref="Respondent.UnRegionalGroup"/>.</summary>
    public string? UnRegionalGroup { get; set; }

    /// <summary>See <see cref="Respondent.LeastDeveloped"/>.</summary>
    public bool? LeastDeveloped { get; set; }

    /// <summary>See <see cref="Respondent.SmallIslandDeveloping"/>.</summary>
    public bool? SmallIslandDeveloping { get; set; }

    /// <summary>See <see cref="Respondent.DisplayName"/>.</summary>
    public string DisplayName { get; set; } = "";

    /// <summary>See <see cref="Respondent.FocalPointName"/>.</summary>
    public string? FocalPointName { get; set; }

    /// <summary>See <see cref="Respondent.FocalPointEmail"/>.</summary>
    public string? FocalPointEmail { get; set; }

    /// <summary>See <see cref="Respondent.Active"/>.</summary>
    public bool Active { get; set; }

    /// <summary>The respondent this row holds.</summary>
    public Respondent ToRespondent() =>
        new(RowKey, Kind, StakeholderGroup, Region, Developing, DisplayName, FocalPointName, FocalPointEmail, Active,
            UnRegionalGroup, LeastDeveloped, SmallIslandDeveloping) { WrittenAt = Timestamp };

    /// <summary>The row holding <paramref name="respondent"/>.</summary>
    public static RespondentEntity From(Respondent respondent) => new()
    {
        RowKey = respondent.Id,
        Kind = respondent.Kind,
        StakeholderGroup = respondent.StakeholderGroup,
        Region = respondent.Region,
        Developing = respondent.Developing,
        UnRegionalGroup = respondent.UnRegionalGroup,
        LeastDeveloped = respondent.LeastDeveloped,
        SmallIslandDeveloping = respondent.SmallIslandDeveloping,
        DisplayName = respondent.DisplayName,
        FocalPointName = respondent.FocalPointName,
        FocalPointEmail = respondent.FocalPointEmail,
        Active = respondent.Active,
    };
}
