using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>Checks who may address a response, and the identifiers that address it before they reach storage keys.</summary>
public static class ResponseKeys
{
    /// <summary>
    /// Null when <paramref name="caller"/> may reach the response (the secretariat, or the respondent
    /// itself) and its identifiers are valid; <paramref name="notFound"/> for another respondent, so
    /// existence is not revealed; 401 without credentials; 400 for an invalid identifier.
    /// </summary>
    public static ProblemHttpResult? Check(Caller caller, string cycleId, string respondentId, Func<ProblemHttpResult> notFound) =>
        AccessRules.RequireRespondent(caller, respondentId, notFound)
        ?? (!Identifiers.IsValid(cycleId) ? Problems.InvalidIdentifier("cycle id", cycleId)
            : !Identifiers.IsValid(respondentId) ? Problems.InvalidIdentifier("respondent id", respondentId)
            : null);
}
