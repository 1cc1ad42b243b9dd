using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>Reads a cycle: all of it for the secretariat, a respondent's own view for a respondent.</summary>
public sealed class GetCycleHandler(CycleStore cycles, RespondentCycles views)
{
    /// <summary>The cycle, or 404 (also for a respondent asking about a draft).</summary>
    public async Task<Results<Ok<CycleStatus>, Ok<RespondentCycle>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, CancellationToken cancellationToken = default)
    {
        if (caller is not (SecretariatCaller or RespondentCaller))
        {
            return AccessRules.RequireSecretariat(caller)!;
        }

        var cycle = await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken);
        if (cycle is null)
        {
            return Problems.CycleNotFound(cycleId);
        }

        if (caller is RespondentCaller respondent)
        {
            return await views.ViewAsync(cycle, respondent, cancellationToken) is { } view
                ? TypedResults.Ok(view)
                : Problems.CycleNotFound(cycleId);
        }

        return TypedResults.Ok(CycleViews.Status(cycle));
    }
}
