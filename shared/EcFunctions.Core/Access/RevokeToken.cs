using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Access;

/// <summary>Revokes a token; it stops working at once and for good.</summary>
public sealed class RevokeTokenHandler(TokenStore tokens)
{
    /// <summary>204, or 404 for an unknown token.</summary>
    public async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Caller caller, string tokenId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        return await tokens.RevokeAsync(tokenId, cancellationToken) ? TypedResults.NoContent() : Problems.TokenNotFound(tokenId);
    }
}
