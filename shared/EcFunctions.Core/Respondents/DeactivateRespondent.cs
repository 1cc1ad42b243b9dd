using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Respondents;

/// <summary>
/// Deactivates a respondent: its credentials stop working at once and its tokens are revoked for
/// good, while its record and answers stay for the history of past cycles. A PUT of its details
/// activates it again, with no token: the secretariat issues new ones.
/// </summary>
public sealed class DeactivateRespondentHandler(RespondentStore respondents, TokenStore tokens, AuditTrail audit)
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

        // Inactive first, which stops every credential at once; then the revocations, which a repeated
        // DELETE completes should they fail half-way.
        var deactivated = respondent with { Active = false };
        await respondents.UpsertAsync([deactivated], cancellationToken);
        var revoked = await tokens.RevokeAllOfAsync(respondentId, cancellationToken);
        await audit.RecordAsync(AuditActions.RespondentDeactivated, AuditTrail.ActorOf(caller), null, respondentId,
            $"deactivated; {revoked} token(s) revoked", cancellationToken);
        return TypedResults.Ok(deactivated);
    }
}
