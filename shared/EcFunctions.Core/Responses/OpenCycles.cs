using System.Collections.Concurrent;
using EcFunctions.Cycles;
using EcFunctions.Storage;

namespace EcFunctions.Responses;

/// <summary>
/// The open cycles this instance has read, so that a write to a response that already has a head
/// skips the cycle read. Safe without expiry: an open cycle can no longer be edited (only a draft can)
/// and leaves <c>open</c> only by its close, which fences every existing head before its 202, so a
/// write that trusted a cached cycle and commits after the fence fails on the head's condition and
/// then reads the cycle afresh. The window's end is a field of the cycle, checked against the clock on
/// every write, so it holds to the instant. A cycle not yet open is never remembered, so an opening
/// takes effect at once. A write with no head yet always reads the cycle: the close inserts heads only
/// for the respondents registered when it fences, and one registered later has nothing to be fenced.
/// </summary>
public sealed class OpenCycles
{
    private readonly ConcurrentDictionary<string, CycleEntity> open = new(StringComparer.Ordinal);

    /// <summary>The cycle as last read on this instance, if it was open then.</summary>
    public CycleEntity? Find(string cycleId) => open.TryGetValue(cycleId, out var cycle) ? cycle : null;

    /// <summary>Keeps a cycle read open; forgets one read in any other state.</summary>
    public void Remember(string cycleId, CycleEntity? cycle)
    {
        if (cycle is { State: CycleState.Open })
        {
            open[cycleId] = cycle;
        }
        else
        {
            open.TryRemove(cycleId, out _);
        }
    }
}
