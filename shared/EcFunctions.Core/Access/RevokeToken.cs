using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Access;

/// <summary>Revokes a token; it stops working at once and for good.</summary>
public sealed class RevokeTokenHandler(TokenStore tokens, AuditTrail audit)
{
    /// <summary>204, or 404 for an unknown token.</summary>
    public async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Caller caller, string tokenId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        if (await tokens.RevokeAsync(tokenId, cancellationToken) is not { } revoked)
        {
            return Problems.TokenNotFound(tokenId);
        }

        await audit.RecordAsync(
            AuditActions.TokenRevoked, AuditTrail.ActorOf(caller), null, revoked.RespondentId.Length == 0 ? null : revoked.RespondentId,
            $"{revoked.Role} token {tokenId}", cancellationToken);
        return TypedResults.NoContent();
    }
}
