using System.Text.Json;
using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Cycles;

/// <summary>
/// Queues a closed cycle's synthesis again: after a failure, to rebuild the outputs, or with another
/// gap threshold (the secretariat often chooses it once it sees the answers, after the close). It
/// fences the responses again first, which completes a close whose fencing failed half-way.
/// </summary>
public sealed class RequestSynthesisHandler(
    CycleTransitions transitions, ResponseFences fences, SynthesisRequests requests, TimeProvider clock, IOptions<RequestOptions> limits)
{
    /// <summary>202 with the synthesis status's location; 409 while the cycle still takes answers.</summary>
    public async Task<Results<Accepted<SynthesisStatus>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var (rerun, unreadable) = await ReadAsync(request, cancellationToken);
        if (rerun is null)
        {
            return unreadable!;
        }

        var (cycle, problem) = await transitions.MoveAsync(
            cycleId, CycleState.AfterClose, "synthesised before it is closed",
            closed => closed with
            {
                State = CycleState.Closing, SynthesisRequestedAt = clock.GetUtcNow(), SynthesisFailure = null,
                GapThreshold = rerun.GapThreshold ?? closed.GapThreshold,

                // The fingerprint covers the answers, not the threshold: forgetting it makes the worker compile again.
                SynthesisFingerprint = rerun.GapThreshold is null ? closed.SynthesisFingerprint : null,
            },
            AuditTrail.ActorOf(caller), cancellationToken);
        if (cycle is null)
        {
            return problem!;
        }

        await fences.FenceAsync(cycleId, cancellationToken);
        await requests.SendAsync(cycleId, cancellationToken);
        return TypedResults.Accepted(Links.Synthesis(cycleId), CycleViews.Synthesis(cycle));
    }

    // No body asks for the synthesis as the cycle defines it.
    private async Task<(SynthesisRerun? Rerun, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength is 0 || (request.ContentLength is null && string.IsNullOrEmpty(request.ContentType)))
        {
            return (new SynthesisRerun(null), null);
        }

        var (body, unreadable) = await RequestBody.ReadAsync(request, RequestBody.Json, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return (null, unreadable);
        }

        try
        {
            var rerun = body.Length == 0 ? new SynthesisRerun(null) : JsonSerializer.Deserialize(body, EcJsonContext.Default.SynthesisRerun) ?? new SynthesisRerun(null);
            return GapThresholds.Check(rerun.GapThreshold) is { } error
                ? (null, Problems.CycleInvalid(new Dictionary<string, string[]>(StringComparer.Ordinal) { ["gapThreshold"] = [error] }))
                : (rerun, null);
        }
        catch (JsonException malformed)
        {
            return (null, Problems.MalformedJson(malformed.Message));
        }
    }
}
