using System.Globalization;
using Azure;
using Azure.Data.Tables;
using EcFunctions.Access;
using EcFunctions.Storage;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Audit;

/// <summary>
/// Writes and reads the append-only audit trail. An event is recorded after the change it describes
/// has been stored, so the trail never shows what did not happen; if recording fails the change
/// stands and the event is logged as an error in full, so the log keeps what the table missed.
/// </summary>
public sealed partial class AuditTrail(TableServiceClient tables, TimeProvider clock, ILogger<AuditTrail> logger)
{
    private TableClient Table => tables.GetTableClient(StorageNames.AuditTable);

    /// <summary>The actor of what the system does by itself, such as compiling a synthesis.</summary>
    public const string System = "system";

    /// <summary>Who a caller is, as the trail and the revision history name it.</summary>
    public static string ActorOf(Caller caller) => caller switch
    {
        RespondentCaller respondent => $"respondent {respondent.Respondent.Id}",
        SecretariatCaller secretariat => $"secretariat ({secretariat.Name})",
        _ => "anonymous",
    };

    /// <summary>Appends an event.</summary>
    public async Task RecordAsync(
        string action, string actor, string? cycleId, string? respondentId, string detail, CancellationToken cancellationToken = default)
    {
        var at = clock.GetUtcNow();
        var entity = new AuditEntity
        {
            PartitionKey = cycleId ?? AuditEntity.RegistryPartition,
            RowKey = $"{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}",
            At = at,
            Action = action,
            Actor = actor,
            RespondentId = respondentId,
            Detail = detail,
        };
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
        }
        catch (RequestFailedException failure)
        {
            LogNotRecorded(failure, action, actor, cycleId, respondentId, detail, at);
        }
    }

    /// <summary>One page of events, filtered by cycle and respondent when given.</summary>
    public async Task<(IReadOnlyList<AuditEvent> Events, string? Continuation)> ReadAsync(
        string? cycleId, string? respondentId, string? continuation, int pageSize, CancellationToken cancellationToken = default)
    {
        var filters = new List<string>();
        if (cycleId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId}"));
        }

        if (respondentId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"RespondentId eq {respondentId}"));
        }

        var query = Table.QueryAsync<AuditEntity>(filters.Count == 0 ? null : string.Join(" and ", filters), pageSize, cancellationToken: cancellationToken);
        await foreach (var page in query.AsPages(continuation, pageSize))
        {
            // The service may end a page early, even empty, with a continuation: read on.
            if (page.Values.Count == 0 && page.ContinuationToken is not null)
            {
                continue;
            }

            return ([.. page.Values.Select(row => new AuditEvent(
                row.At, row.Action, row.Actor, row.PartitionKey == AuditEntity.RegistryPartition ? null : row.PartitionKey, row.RespondentId, row.Detail))],
                page.ContinuationToken);
        }

        return ([], null);
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Audit event not recorded: {Action} by {Actor} in cycle {CycleId} for respondent {RespondentId}: {Detail} at {At}")]
    private partial void LogNotRecorded(
        Exception exception, string action, string actor, string? cycleId, string? respondentId, string detail, DateTimeOffset at);
}
