using EcFunctions.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Access;

/// <summary>
/// The access rules, in one place: anonymous callers read questionnaires only; a respondent reaches
/// only its own responses; the secretariat reaches everything. Null means allowed.
/// </summary>
public static class AccessRules
{
    /// <summary>Secretariat only: 401 without valid credentials, 403 for a respondent.</summary>
    public static ProblemHttpResult? RequireSecretariat(Caller caller) => caller switch
    {
        SecretariatCaller => null,
        RespondentCaller => Problems.Forbidden(),
        _ => Unauthenticated(caller),
    };

    /// <summary>
    /// The secretariat, or the respondent <paramref name="respondentId"/> itself: 401 without valid
    /// credentials, and <paramref name="notFound"/> for another respondent, so existence is not revealed.
    /// </summary>
    public static ProblemHttpResult? RequireRespondent(Caller caller, string respondentId, Func<ProblemHttpResult> notFound) => caller switch
    {
        SecretariatCaller => null,
        RespondentCaller { Respondent.Id: var own } => own == respondentId ? null : notFound(),
        _ => Unauthenticated(caller),
    };

    /// <summary>Any valid credentials, the secretariat's or a respondent's: 401 without them.</summary>
    public static ProblemHttpResult? RequireSignedIn(Caller caller) =>
        caller is SecretariatCaller or RespondentCaller ? null : Unauthenticated(caller);

    private static ProblemHttpResult Unauthenticated(Caller caller) =>
        Problems.Unauthenticated(caller is RejectedCaller rejected ? rejected.Reason : null);
}
