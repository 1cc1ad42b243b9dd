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
public sealed partial class AuditTrail(TableServiceClient tables, TimeProvider clock, AuditDrain drain, ILogger<AuditTrail> logger)
{
    private TableClient Table => tables.GetTableClient(StorageNames.CyclesTable);

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
    public Task RecordAsync(
        string action, string actor, string? cycleId, string? respondentId, string detail, CancellationToken cancellationToken = default) =>
        AddAsync(Event(action, actor, cycleId, respondentId, detail), cancellationToken);

    /// <summary>
    /// Appends an event without the caller waiting for it, where no transaction could hold it (a write
    /// to a response stores its event in its own transaction: see <see cref="Event"/>), so a reply need
    /// not wait a round trip for it. It is lost no more than an awaited one: reads on this instance wait for it (<see cref="ReadAsync"/>),
    /// a stopping host waits for it (<see cref="AuditDrain"/>), and a failure is logged in full.
    /// </summary>
    public void Record(string action, string actor, string? cycleId, string? respondentId, string detail)
    {
        drain.Track(AddAsync(Event(action, actor, cycleId, respondentId, detail), CancellationToken.None));
    }

    /// <summary>One page of events, filtered by cycle and respondent when given.</summary>
    public async Task<(IReadOnlyList<AuditEvent> Events, string? Continuation)> ReadAsync(
        string? cycleId, string? respondentId, string? continuation, int pageSize, CancellationToken cancellationToken = default)
    {
        var filters = new List<string> { TableClient.CreateQueryFilter($"RowKey ge {AuditEntity.RowKeyPrefix} and RowKey lt {AuditEntity.RowKeyEnd}") };
        if (cycleId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"PartitionKey eq {cycleId}"));
        }

        if (respondentId is not null)
        {
            filters.Add(TableClient.CreateQueryFilter($"RespondentId eq {respondentId}"));
        }

        await drain.FlushAsync();
        var query = Table.QueryAsync<AuditEntity>(string.Join(" and ", filters), pageSize, cancellationToken: cancellationToken);
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

    /// <summary>The row of an event, for a transaction of its cycle's partition to store with the change it describes.</summary>
    public AuditEntity Event(string action, string actor, string? cycleId, string? respondentId, string detail)
    {
        var at = clock.GetUtcNow();
        return new AuditEntity
        {
            PartitionKey = cycleId ?? AuditEntity.RegistryPartition,
            RowKey = $"{AuditEntity.RowKeyPrefix}{at.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}",
            At = at,
            Action = action,
            Actor = actor,
            RespondentId = respondentId,
            Detail = detail,
        };
    }

    // A storage timeout is a failure to record like any other; only the caller's own cancellation is not.
    private async Task AddAsync(AuditEntity entity, CancellationToken cancellationToken)
    {
        try
        {
            await Table.AddEntityAsync(entity, cancellationToken);
        }
        catch (Exception failure) when (failure is RequestFailedException
            || (failure is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogNotRecorded(failure, entity.Action, entity.Actor, entity.PartitionKey == AuditEntity.RegistryPartition ? null : entity.PartitionKey,
                entity.RespondentId, entity.Detail, entity.At);
        }
    }

    [LoggerMessage(Level = LogLevel.Error,
        Message = "Audit event not recorded: {Action} by {Actor} in cycle {CycleId} for respondent {RespondentId}: {Detail} at {At}")]
    private partial void LogNotRecorded(
        Exception exception, string action, string actor, string? cycleId, string? respondentId, string detail, DateTimeOffset at);
}
