using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Access;

/// <summary>Issues a further secretariat token, for a colleague or a script.</summary>
public sealed class IssueSecretariatTokenHandler(TokenStore tokens, AuditTrail audit, IOptions<AuthOptions> options)
{
    /// <summary>201 with the token, shown this once.</summary>
    public async Task<Results<Created<IssuedToken>, ProblemHttpResult>> HandleAsync(
        Caller caller, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var issued = await tokens.IssueAsync(TokenStore.SecretariatRole, "", options.Value.TokenLifetime, cancellationToken);
        await audit.RecordAsync(AuditActions.TokenIssued, AuditTrail.ActorOf(caller), null, null, $"secretariat token {issued.TokenId}", cancellationToken);
        return TypedResults.Created(Links.Token(issued.TokenId), issued with { InvitationLink = options.Value.InvitationLink(issued.Token) });
    }
}
