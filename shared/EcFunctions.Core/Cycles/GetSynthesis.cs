using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>Reads a cycle's synthesis status, for the secretariat: where it is, and its outputs once ready.</summary>
public sealed class GetSynthesisHandler(CycleStore cycles)
{
    /// <summary>The status, or 404.</summary>
    public async Task<Results<Ok<SynthesisStatus>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        return await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken) is { } cycle
            ? TypedResults.Ok(CycleViews.Synthesis(cycle))
            : Problems.CycleNotFound(cycleId);
    }
}
