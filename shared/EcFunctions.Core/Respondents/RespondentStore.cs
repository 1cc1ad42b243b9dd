using System.Runtime.CompilerServices;
using Azure.Data.Tables;
using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Storage;
using Microsoft.Extensions.Options;

namespace EcFunctions.Respondents;

/// <summary>The respondent registry in Table storage.</summary>
public sealed class RespondentStore(TableServiceClient tables, IOptions<AuthOptions> options, TimeProvider clock)
{
    private const int TransactionLimit = 100;

    private readonly RecentReads<Respondent> recent = new(options.Value.CredentialCacheLifetime, clock);

    private TableClient Table => tables.GetTableClient(StorageNames.RespondentsTable);

    /// <summary>The respondent, or null when none is registered under <paramref name="respondentId"/>.</summary>
    public async Task<Respondent?> GetRespondentIfExistsAsync(string respondentId, CancellationToken cancellationToken = default)
    {
        // An id that cannot be a table key names no respondent; asking storage would only fail.
        if (!Identifiers.IsValid(respondentId))
        {
            return null;
        }

        var row = await Table.GetEntityIfExistsAsync<RespondentEntity>(
            RespondentEntity.Partition, respondentId, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToRespondent() : null;
    }

    /// <summary>
    /// The respondent as read at most <see cref="AuthOptions.CredentialCacheLifetime"/> ago, or null: what
    /// identifying a caller and addressing a response read. Never for a read that is then written back.
    /// </summary>
    public Task<Respondent?> GetRecentRespondentAsync(string respondentId, CancellationToken cancellationToken = default) =>
        recent.GetOrReadAsync(respondentId, token => GetRespondentIfExistsAsync(respondentId, token), cancellationToken);

    /// <summary>Every registered respondent, active or not, by id.</summary>
    public async Task<List<Respondent>> ListAsync(CancellationToken cancellationToken = default) =>
        await ListInOrderAsync(cancellationToken).ToListAsync(cancellationToken);

    /// <summary>Every registered respondent, active or not, in order of id (ordinal: ids are ASCII), a page of storage's at a time.</summary>
    public async IAsyncEnumerable<Respondent> ListInOrderAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in Table.QueryAsync<RespondentEntity>(
            row => row.PartitionKey == RespondentEntity.Partition, cancellationToken: cancellationToken))
        {
            yield return row.ToRespondent();
        }
    }

    /// <summary>True when no respondent is registered, read from at most one row.</summary>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default)
    {
        await foreach (var _ in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {RespondentEntity.Partition}"), maxPerPage: 1, select: ["RowKey"],
            cancellationToken: cancellationToken))
        {
            return false;
        }

        return true;
    }

    /// <summary>Creates or replaces <paramref name="respondents"/>, in transactions of up to 100.</summary>
    public async Task UpsertAsync(IReadOnlyCollection<Respondent> respondents, CancellationToken cancellationToken = default)
    {
        foreach (var chunk in respondents.Chunk(TransactionLimit))
        {
            await Table.SubmitTransactionAsync(
                chunk.Select(respondent => new TableTransactionAction(
                    TableTransactionActionType.UpsertReplace, RespondentEntity.From(respondent))),
                cancellationToken);
            foreach (var respondent in chunk)
            {
                recent.Forget(respondent.Id);
            }
        }
    }
}
