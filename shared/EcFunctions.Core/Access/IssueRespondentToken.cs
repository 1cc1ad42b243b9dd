using EcFunctions.Audit;
using EcFunctions.Http;
using EcFunctions.Respondents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Access;

/// <summary>Issues an invitation token for a registered, active respondent.</summary>
public sealed class IssueRespondentTokenHandler(RespondentStore respondents, TokenStore tokens, AuditTrail audit, IOptions<AuthOptions> options)
{
    /// <summary>201 with the token, shown this once; 404 for an unknown respondent.</summary>
    public async Task<Results<Created<IssuedToken>, ProblemHttpResult>> HandleAsync(
        Caller caller, string respondentId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        if (await respondents.GetRespondentIfExistsAsync(respondentId, cancellationToken) is not { Active: true })
        {
            return Problems.RespondentNotFound(respondentId);
        }

        var issued = await tokens.IssueAsync(TokenStore.RespondentRole, respondentId, options.Value.TokenLifetime, cancellationToken);
        await audit.RecordAsync(AuditActions.TokenIssued, AuditTrail.ActorOf(caller), null, respondentId, $"token {issued.TokenId}", cancellationToken);
        return TypedResults.Created(Links.Token(issued.TokenId), issued with { InvitationLink = options.Value.InvitationLink(issued.Token) });
    }
}
