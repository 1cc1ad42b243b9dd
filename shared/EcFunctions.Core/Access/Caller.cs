using EcFunctions.Respondents;

namespace EcFunctions.Access;

/// <summary>Who is calling, as <see cref="CallerIdentity"/> decided from the request's credentials.</summary>
public abstract record Caller;

/// <summary>No credentials: may read the published questionnaires and nothing else.</summary>
public sealed record AnonymousCaller : Caller;

/// <summary>Credentials that do not hold (unknown, expired, revoked, malformed); <see cref="Reason"/> says which.</summary>
public sealed record RejectedCaller(string Reason) : Caller;

/// <summary>The secretariat, which may do everything.</summary>
public sealed record SecretariatCaller(string Name) : Caller;

/// <summary>A registered, active respondent, which may read and write only its own responses.</summary>
public sealed record RespondentCaller(Respondent Respondent) : Caller;
