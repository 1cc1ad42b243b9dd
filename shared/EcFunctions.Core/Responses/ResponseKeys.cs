using EcFunctions.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>Checks the identifiers that address a response before they reach storage keys.</summary>
internal static class ResponseKeys
{
    public static ProblemHttpResult? Check(string cycleId, string respondentId) =>
        !Identifiers.IsValid(cycleId) ? Problems.InvalidIdentifier("cycle id", cycleId)
        : !Identifiers.IsValid(respondentId) ? Problems.InvalidIdentifier("respondent id", respondentId)
        : null;
}
