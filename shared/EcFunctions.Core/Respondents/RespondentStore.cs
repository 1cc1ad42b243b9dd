using Azure.Data.Tables;
using EcFunctions.Http;
using EcFunctions.Storage;

namespace EcFunctions.Respondents;

/// <summary>The respondent registry in Table storage.</summary>
public sealed class RespondentStore(TableServiceClient tables)
{
    private const int TransactionLimit = 100;

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

    /// <summary>Every registered respondent, active or not, by id.</summary>
    public async Task<List<Respondent>> ListAsync(CancellationToken cancellationToken = default)
    {
        var respondents = new List<Respondent>();
        await foreach (var row in Table.QueryAsync<RespondentEntity>(
            row => row.PartitionKey == RespondentEntity.Partition, cancellationToken: cancellationToken))
        {
            respondents.Add(row.ToRespondent());
        }

        return respondents;
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
        }
    }
}
