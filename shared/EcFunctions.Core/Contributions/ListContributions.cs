using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Contributions;

/// <summary>Lists the contributions registered in a cycle, for the secretariat.</summary>
public sealed class ListContributionsHandler(CycleStore cycles, ContributionStore contributions)
{
    /// <summary>Every contribution of the cycle, by id; 404 for an unknown cycle.</summary>
    public async Task<Results<Ok<ContributionListing>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, CancellationToken cancellationToken = default)
    {
        if (ContributionPaths.Refused(caller, cycleId) is { } refused)
        {
            return refused;
        }

        return await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken) is null
            ? Problems.CycleNotFound(cycleId)
            : TypedResults.Ok(new ContributionListing(await contributions.ListAsync(cycleId, cancellationToken)));
    }
}
