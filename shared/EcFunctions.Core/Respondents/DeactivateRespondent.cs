using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Respondents;

/// <summary>
/// Deactivates a respondent: its credentials stop working at once, while its record and answers
/// stay for the history of past cycles. A PUT of its details activates it again.
/// </summary>
public sealed class DeactivateRespondentHandler(RespondentStore respondents, AuditTrail audit)
{
    /// <summary>The deactivated respondent, or 404.</summary>
    public async Task<Results<Ok<Respondent>, ProblemHttpResult>> HandleAsync(
        Caller caller, string respondentId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        if (await respondents.GetRespondentIfExistsAsync(respondentId, cancellationToken) is not { } respondent)
        {
            return Problems.RespondentNotFound(respondentId);
        }

        var deactivated = respondent with { Active = false };
        await respondents.UpsertAsync([deactivated], cancellationToken);
        await audit.RecordAsync(AuditActions.RespondentDeactivated, AuditTrail.ActorOf(caller), null, respondentId, "deactivated", cancellationToken);
        return TypedResults.Ok(deactivated);
    }
}
