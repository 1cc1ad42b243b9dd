using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Respondents;

/// <summary>Reads one registered respondent, for the secretariat.</summary>
public sealed class GetRespondentHandler(RespondentStore respondents)
{
    /// <summary>The respondent, or 404.</summary>
    public async Task<Results<Ok<Respondent>, ProblemHttpResult>> HandleAsync(
        Caller caller, string respondentId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        return await respondents.GetRespondentIfExistsAsync(respondentId, cancellationToken) is { } respondent
            ? TypedResults.Ok(respondent)
            : Problems.RespondentNotFound(respondentId);
    }
}
