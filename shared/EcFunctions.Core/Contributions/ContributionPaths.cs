using EcFunctions.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Contributions;

/// <summary>The ids a contribution's route carries, checked before they reach storage as table keys.</summary>
internal static class ContributionPaths
{
    /// <summary>The problem with the first invalid id, or null when both are valid.</summary>
    public static ProblemHttpResult? Invalid(string cycleId, string? contributionId = null) =>
        !Identifiers.IsValid(cycleId) ? Problems.InvalidIdentifier("cycle id", cycleId)
        : contributionId is not null && !Identifiers.IsValid(contributionId) ? Problems.InvalidIdentifier("contribution id", contributionId)
        : null;
}
