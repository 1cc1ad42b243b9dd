using EcFunctions.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>Lists cycles: every cycle for the secretariat, the opened ones for a respondent.</summary>
public sealed class ListCyclesHandler(CycleStore cycles, RespondentCycles views)
{
    /// <summary>The cycles by id.</summary>
    public async Task<Results<Ok<CycleListing>, ProblemHttpResult>> HandleAsync(Caller caller, CancellationToken cancellationToken = default)
    {
        if (caller is not (SecretariatCaller or RespondentCaller))
        {
            return AccessRules.RequireSecretariat(caller)!;
        }

        var all = await cycles.ListAsync(cancellationToken);
        if (caller is not RespondentCaller respondent)
        {
            return TypedResults.Ok(new CycleListing([.. all.Select(CycleViews.Status)], null));
        }

        var own = new List<RespondentCycle>();
        foreach (var cycle in all)
        {
            if (await views.ViewAsync(cycle, respondent, cancellationToken) is { } view)
            {
                own.Add(view);
            }
        }

        return TypedResults.Ok(new CycleListing(null, own));
    }
}
