using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Access;

/// <summary>Who the credentials belong to, so a client (the web app) can show the right pages.</summary>
public static class GetCallerHandler
{
    /// <summary>The caller; 401 for missing, expired or revoked credentials.</summary>
    public static Results<Ok<CallerView>, ProblemHttpResult> Handle(Caller caller) => caller switch
    {
        SecretariatCaller secretariat => TypedResults.Ok(new CallerView(TokenStore.SecretariatRole, secretariat.Name, null, null)),
        RespondentCaller { Respondent: var respondent } =>
            TypedResults.Ok(new CallerView(TokenStore.RespondentRole, respondent.DisplayName, respondent.Id, respondent.Kind)),
        _ => AccessRules.RequireSignedIn(caller)!,
    };
}

/// <summary>The reply of <c>GET /api/caller</c>.</summary>
/// <param name="Role"><c>secretariat</c> or <c>respondent</c>.</param>
/// <param name="Name">The name to show: the respondent's display name, or the secretariat token's name.</param>
/// <param name="RespondentId">The respondent's id; null for the secretariat.</param>
/// <param name="Kind">The respondent's kind; null for the secretariat.</param>
public sealed record CallerView(string Role, string Name, string? RespondentId, string? Kind);
