using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>Closes an open cycle to answers and queues its synthesis.</summary>
/// <remarks>
/// Why a close cannot lose or let through an answer: every answer's index rows are written in one
/// transaction that also updates the cycle's row on the ETag the submission read while the cycle
/// was open. The close replaces that same row on its own ETag. Table storage orders the two: if the
/// answer committed first, the close sees a new ETag, re-reads and retries, and the synthesis, which
/// starts after the close, reads the answer; if the close committed first, the answer's transaction
/// fails on the changed ETag, re-reads the cycle, finds it closing and is refused with 409.
/// </remarks>
public sealed class CloseCycleHandler(CycleTransitions transitions, SynthesisRequests requests, TimeProvider clock)
{
    /// <summary>202 with the synthesis status's location; 409 unless the cycle was open.</summary>
    public async Task<Results<Accepted<SynthesisStatus>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var now = clock.GetUtcNow();
        var (cycle, problem) = await transitions.MoveAsync(
            cycleId, [CycleState.Open], "closed",
            open => open with { State = CycleState.Closing, ClosedAt = now, SynthesisRequestedAt = now, SynthesisFailure = null },
            AuditTrail.ActorOf(caller), cancellationToken);
        if (cycle is null)
        {
            return problem!;
        }

        await requests.SendAsync(cycleId, cancellationToken);
        return TypedResults.Accepted(Links.Synthesis(cycleId), CycleViews.Synthesis(cycle));
    }
}
