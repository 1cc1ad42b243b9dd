using EcFunctions.Access;
using EcFunctions.Audit;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>Opens a draft cycle: from its opens-at time until its closes-at time, answers are accepted.</summary>
public sealed class OpenCycleHandler(CycleTransitions transitions, TimeProvider clock)
{
    /// <summary>200 with the open cycle; 409 unless it was a draft.</summary>
    public async Task<Results<Ok<CycleStatus>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var (cycle, problem) = await transitions.MoveAsync(
            cycleId, [CycleState.Draft], "opened", draft => draft with { State = CycleState.Open, OpenedAt = clock.GetUtcNow() },
            AuditTrail.ActorOf(caller), cancellationToken);
        return cycle is null ? problem! : TypedResults.Ok(CycleViews.Status(cycle));
    }
}
