using EcFunctions.Http;
using EcFunctions.Respondents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Access;

/// <summary>Issues an invitation token for a registered, active respondent.</summary>
public sealed class IssueRespondentTokenHandler(RespondentStore respondents, TokenStore tokens, IOptions<AuthOptions> options)
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
        return TypedResults.Created(Links.Token(issued.TokenId), issued);
    }
}
