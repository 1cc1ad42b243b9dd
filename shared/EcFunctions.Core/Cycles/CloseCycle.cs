using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>Closes an open cycle to answers and queues its synthesis.</summary>
/// <remarks>
/// Why a close cannot lose or let through an answer, while answers of different respondents never
/// wait on each other: an answer's index rows are written in one transaction conditional on its own
/// response's head row as it was read while the cycle was open (or on there being none). The close
/// first marks the cycle closing, so no answer that reads the cycle from then on is accepted; then it
/// fences every response, changing each head row and inserting one for every registered respondent
/// that has none, before it answers 202. Table storage orders an answer and its fence: if the answer
/// committed first, it is stored before the synthesis, which starts after the close, reads it; if the
/// fence did, the answer's transaction fails on the head, re-reads the cycle, finds it closing and is
/// refused with 409. So the close pays a few transactions once, instead of every answer sharing a row.
/// </remarks>
public sealed class CloseCycleHandler(
    CycleTransitions transitions, ResponseFences fences, SynthesisRequests requests, TimeProvider clock)
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

        await fences.FenceAsync(cycleId, cancellationToken);
        await requests.SendAsync(cycleId, cancellationToken);
        return TypedResults.Accepted(Links.Synthesis(cycleId), CycleViews.Synthesis(cycle));
    }
}
