using System.Collections.Concurrent;
using EcFunctions.Cycles;
using EcFunctions.Respondents;
using EcFunctions.Storage;

namespace EcFunctions.Responses;

/// <summary>
/// The open cycles this instance has read, so that a write skips the cycle read. Safe without expiry:
/// an open cycle can no longer be edited (only a draft can) and leaves <c>open</c> only by its close,
/// which marks the cycle, then fences the head of every response and of every registered respondent
/// before its 202. A write that trusted a remembered cycle and commits after the fence therefore fails
/// on its head's condition (or, for a first answer, on the head the fence inserted) and then reads the
/// cycle afresh. The window's end is a field of the cycle, checked against the clock on every write,
/// so it holds to the instant. A cycle not yet open is never remembered, so an opening takes effect at
/// once.
/// </summary>
public sealed class OpenCycles
{
    /// <summary>
    /// How much earlier than the cycle's last change a respondent must have been written for a first
    /// answer to trust the remembered cycle. Both times come from the storage service, whose servers'
    /// clocks agree far more closely than this; and for a respondent written after the close began to
    /// pass, its row would also have to be written within this time of the cycle's opening, which the
    /// close follows by the whole reporting period.
    /// </summary>
    public static readonly TimeSpan ClockAllowance = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, CycleEntity> open = new(StringComparer.Ordinal);

    /// <summary>The cycle as last read on this instance, if it was open then.</summary>
    public CycleEntity? Find(string cycleId) => open.TryGetValue(cycleId, out var cycle) ? cycle : null;

    /// <summary>
    /// Whether the close of <paramref name="cycle"/>, read open, is sure to fence <paramref name="respondent"/>'s
    /// response although it has none yet: the close fences the respondents registered when it lists them,
    /// after it marks the cycle, so one written before the cycle last changed (registry rows are never
    /// deleted) is among them. One registered later has nothing the close would change, so its first
    /// answer reads the cycle.
    /// </summary>
    public static bool Fences(CycleEntity cycle, Respondent respondent) =>
        respondent.WrittenAt is { } written && cycle.Timestamp is { } changed && written < changed - ClockAllowance;

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
