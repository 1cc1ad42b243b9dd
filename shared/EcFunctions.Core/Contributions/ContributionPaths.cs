using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Contributions;

/// <summary>Who may use a contribution route, and its ids, checked before they reach storage as table keys.</summary>
internal static class ContributionPaths
{
    /// <summary>Why the caller may not use a contribution route with these ids: not the secretariat, or an invalid id; null when it may.</summary>
    public static ProblemHttpResult? Refused(Caller caller, string cycleId, string? contributionId = null) =>
        AccessRules.RequireSecretariat(caller) ?? Invalid(cycleId, contributionId);

    /// <summary>The problem with the first invalid id, or null when both are valid.</summary>
    private static ProblemHttpResult? Invalid(string cycleId, string? contributionId = null) =>
        !Identifiers.IsValid(cycleId) ? Problems.InvalidIdentifier("cycle id", cycleId)
        : contributionId is not null && !Identifiers.IsValid(contributionId) ? Problems.InvalidIdentifier("contribution id", contributionId)
        : null;
}
