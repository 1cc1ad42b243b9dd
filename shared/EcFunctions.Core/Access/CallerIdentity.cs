using EcFunctions.Respondents;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Access;

/// <summary>
/// The one place that decides who the caller is, from a bearer token or, where Easy Auth fronts the
/// app, from its principal header. Handlers receive the resulting <see cref="Caller"/>, never headers.
/// </summary>
public sealed class CallerIdentity(TokenStore tokens, RespondentStore respondents, IOptions<AuthOptions> options, TimeProvider clock)
{
    // Validated at start-up (see AddEcFunctions), so the map is there whenever Easy Auth is on.
    private readonly IReadOnlyDictionary<string, string> respondentOf = options.Value.EasyAuthRespondentMap() ?? new Dictionary<string, string>();

    /// <summary>The header App Service Authentication puts the signed-in principal in.</summary>
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Identifies the caller of <paramref name="request"/>.</summary>
    public async Task<Caller> IdentifyAsync(HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (options.Value.EasyAuthEnabled && request.Headers[PrincipalHeader] is [{ } principal])
        {
            return await FromPrincipalAsync(principal, cancellationToken);
        }

        var authorization = request.Headers[HeaderNames.Authorization].ToString();
        if (authorization.Length == 0)
        {
            return new AnonymousCaller();
        }

        return authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            ? await FromTokenAsync(authorization["Bearer ".Length..].Trim(), cancellationToken)
            : new RejectedCaller("Send the token as 'Authorization: Bearer <token>'.");
    }

    private async Task<Caller> FromTokenAsync(string token, CancellationToken cancellationToken)
    {
        if (!AccessToken.TryParse(token, out var tokenId, out var secret))
        {
            return new RejectedCaller("The token is not an EcFunctions token.");
        }

        var row = await tokens.GetRecentTokenAsync(tokenId, cancellationToken);
        if (row is null || !AccessToken.Matches(secret, row.Salt, row.Hash))
        {
            return new RejectedCaller("The token is not valid.");
        }

        if (row.RevokedAt is not null)
        {
            return new RejectedCaller("The token has been revoked.");
        }

        if (row.ExpiresAt <= clock.GetUtcNow())
        {
            return new RejectedCaller("The token has expired.");
        }

        return row.Role == TokenStore.SecretariatRole
            ? new SecretariatCaller($"token {tokenId}")
            : await ActiveRespondentAsync(row.RespondentId, cancellationToken);
    }

    private async Task<Caller> FromPrincipalAsync(string header, CancellationToken cancellationToken)
    {
        var principal = EasyAuthPrincipal.TryRead(header);
        if (principal is null)
        {
            return new RejectedCaller($"The {PrincipalHeader} header is not a client principal.");
        }

        if (principal.Roles.Contains(options.Value.EasyAuthSecretariatRole, StringComparer.OrdinalIgnoreCase))
        {
            return new SecretariatCaller(principal.Name);
        }

        return respondentOf.TryGetValue(principal.Name, out var respondentId)
            ? await ActiveRespondentAsync(respondentId, cancellationToken)
            : new RejectedCaller("The signed-in principal is not mapped to a respondent or to the secretariat.");
    }

    private async Task<Caller> ActiveRespondentAsync(string respondentId, CancellationToken cancellationToken) =>
        await respondents.GetRecentRespondentAsync(respondentId, cancellationToken) is { Active: true } respondent
            ? new RespondentCaller(respondent)
            : new RejectedCaller("The respondent these credentials belong to is not active.");
}
