using Azure.Data.Tables;
using EcFunctions.Storage;

namespace EcFunctions.Contributions;

/// <summary>The contributions registered outside the questionnaire, in Table storage.</summary>
public sealed class ContributionStore(TableServiceClient tables)
{
    private TableClient Table => tables.GetTableClient(StorageNames.ContributionsTable);

    /// <summary>The contribution, or null when the cycle has none under <paramref name="contributionId"/>.</summary>
    public async Task<Contribution?> GetContributionIfExistsAsync(string cycleId, string contributionId, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<ContributionEntity>(cycleId, contributionId, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToContribution() : null;
    }

    /// <summary>Every contribution registered in the cycle, by id.</summary>
    public async Task<List<Contribution>> ListAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        var contributions = new List<Contribution>();
        await foreach (var row in Table.QueryAsync<ContributionEntity>(row => row.PartitionKey == cycleId, cancellationToken: cancellationToken))
        {
            contributions.Add(row.ToContribution());
        }

        return contributions;
    }

    /// <summary>Creates or replaces <paramref name="contribution"/> in the cycle.</summary>
    public async Task UpsertAsync(string cycleId, Contribution contribution, CancellationToken cancellationToken = default) =>
        await Table.UpsertEntityAsync(ContributionEntity.From(cycleId, contribution), TableUpdateMode.Replace, cancellationToken);

    /// <summary>Removes the contribution; false when there was none.</summary>
    public async Task<bool> DeleteAsync(string cycleId, string contributionId, CancellationToken cancellationToken = default)
    {
        var deleted = await Table.DeleteEntityAsync(cycleId, contributionId, cancellationToken: cancellationToken);
        return deleted.Status != 404;
    }
}
