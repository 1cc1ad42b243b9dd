using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Storage;

namespace EcFunctions.Cycles;

/// <summary>Reporting cycles in Table storage, changed only on the ETag they were read with.</summary>
public sealed class CycleStore(TableServiceClient tables)
{
    private TableClient Table => tables.GetTableClient(StorageNames.CyclesTable);

    /// <summary>The cycle, or null.</summary>
    public async Task<CycleEntity?> GetCycleIfExistsAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        if (!Identifiers.IsValid(cycleId))
        {
            return null;
        }

        var row = await Table.GetEntityIfExistsAsync<CycleEntity>(cycleId, CycleEntity.RowKeyValue, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>Every cycle, by id.</summary>
    public async Task<List<CycleEntity>> ListAsync(CancellationToken cancellationToken = default)
    {
        var cycles = new List<CycleEntity>();
        await foreach (var row in Table.QueryAsync<CycleEntity>(row => row.RowKey == CycleEntity.RowKeyValue, cancellationToken: cancellationToken))
        {
            cycles.Add(row);
        }

        return cycles;
    }

    /// <summary>Creates the cycle; false when one with that id exists.</summary>
    public async Task<bool> TryAddAsync(CycleEntity cycle, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.AddEntityAsync(cycle, cancellationToken);
            return true;
        }
        catch (RequestFailedException exists) when (exists.Status == 409)
        {
            return false;
        }
    }

    /// <summary>Replaces the cycle if it is still as it was read; false when it changed meanwhile.</summary>
    public async Task<bool> TryReplaceAsync(CycleEntity cycle, CancellationToken cancellationToken = default)
    {
        try
        {
            await Table.UpdateEntityAsync(cycle, cycle.ETag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException changed) when (changed.Status == 412)
        {
            return false;
        }
    }

    /// <summary>The questionnaire version per respondent kind a cycle names.</summary>
    public static Dictionary<string, QuestionnaireRef> Questionnaires(CycleEntity cycle) =>
        JsonSerializer.Deserialize(cycle.Questionnaires, EcJsonContext.Default.DictionaryStringQuestionnaireRef) ?? [];

    /// <summary>The JSON stored for <paramref name="questionnaires"/>.</summary>
    public static string Serialize(IReadOnlyDictionary<string, QuestionnaireRef> questionnaires) =>
        JsonSerializer.Serialize(questionnaires.ToDictionary(), EcJsonContext.Default.DictionaryStringQuestionnaireRef);
}
