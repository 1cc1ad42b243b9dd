using Azure.Data.Tables;
using EcFunctions.Cycles;
using EcFunctions.Storage;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>
/// Closes a cycle by writing its row, not through the API, so no synthesis request reaches the queue
/// the local host listens to: for tests that deliver the request to the Functions app themselves.
/// </summary>
public static class ClosedInStorage
{
    /// <summary>Moves <paramref name="cycleId"/> to closing, as an accepted close does, in the cycles table.</summary>
    public static async Task CloseAsync(string connectionString, string cycleId)
    {
        var row = new TableEntity(cycleId, CycleEntity.RowKeyValue)
        {
            [nameof(CycleEntity.State)] = CycleState.Closing,
            [nameof(CycleEntity.ClosedAt)] = DateTimeOffset.UtcNow,
        };
        await new TableClient(connectionString, StorageNames.CyclesTable).UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Merge);
    }

    /// <summary>The synthesis request message the close would have queued for <paramref name="cycleId"/>.</summary>
    public static string SynthesisRequest(string cycleId) => $$"""{"cycleId":"{{cycleId}}"}""";
}
