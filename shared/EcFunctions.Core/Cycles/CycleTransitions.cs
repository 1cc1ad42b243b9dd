using EcFunctions.Audit;
using EcFunctions.Http;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>Moves a cycle from one state to the next on the ETag it was read with.</summary>
public sealed class CycleTransitions(CycleStore cycles, AuditTrail audit)
{
    // Every accepted answer touches the cycle row, so a busy cycle may change between read and
    // write; the transition is re-read and retried, and gives up only if the state itself moved.
    private const int Attempts = 20;

    /// <summary>
    /// The changed cycle, or the problem: not found, or not in one of <paramref name="from"/>. A change
    /// of state is recorded in the audit trail as done by <paramref name="actor"/>.
    /// </summary>
    public async Task<(CycleEntity? Cycle, ProblemHttpResult? Problem)> MoveAsync(
        string cycleId, IReadOnlyCollection<string> from, string step, Func<CycleEntity, CycleEntity> change, string actor,
        CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            var cycle = await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken);
            if (cycle is null)
            {
                return (null, Problems.CycleNotFound(cycleId));
            }

            if (!from.Contains(cycle.State))
            {
                return (null, Problems.CycleStateConflict(cycleId, cycle.State, step));
            }

            var changed = change(cycle);
            if (await cycles.TryReplaceAsync(changed, cancellationToken))
            {
                if (changed.State != cycle.State)
                {
                    await audit.RecordAsync(AuditActions.CycleStateChanged, actor, cycleId, null, $"{cycle.State} to {changed.State}", cancellationToken);
                }

                return (changed, null);
            }

            if (attempt == Attempts)
            {
                return (null, Problems.WriteConflict(cycleId, "the cycle"));
            }
        }
    }
}
