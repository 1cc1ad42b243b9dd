using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>
/// Queues a closed cycle's synthesis again: after a failure, or to rebuild the outputs. It fences the
/// responses again first, which completes a close whose fencing failed half-way.
/// </summary>
public sealed class RequestSynthesisHandler(
    CycleTransitions transitions, ResponseFences fences, SynthesisRequests requests, TimeProvider clock)
{
    /// <summary>202 with the synthesis status's location; 409 while the cycle still takes answers.</summary>
    public async Task<Results<Accepted<SynthesisStatus>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var (cycle, problem) = await transitions.MoveAsync(
            cycleId, CycleState.AfterClose, "synthesised before it is closed",
            closed => closed with { State = CycleState.Closing, SynthesisRequestedAt = clock.GetUtcNow(), SynthesisFailure = null },
            AuditTrail.ActorOf(caller), cancellationToken);
        if (cycle is null)
        {
            return problem!;
        }

        await fences.FenceAsync(cycleId, cancellationToken);
        await requests.SendAsync(cycleId, cancellationToken);
        return TypedResults.Accepted(Links.Synthesis(cycleId), CycleViews.Synthesis(cycle));
    }
}
