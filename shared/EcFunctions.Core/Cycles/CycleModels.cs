using EcFunctions.Questionnaires;

namespace EcFunctions.Cycles;

/// <summary>The body of <c>PUT /api/cycles/{cycleId}</c>: the window and the questionnaire version per respondent kind.</summary>
/// <param name="OpensAt">When answers start being accepted (UTC).</param>
/// <param name="ClosesAt">When answers stop being accepted (UTC).</param>
/// <param name="Questionnaires">For each respondent kind (<c>member-state</c>, <c>organisation</c>, <c>other-stakeholder</c>), the version it answers.</param>
/// <param name="AmendmentGracePeriod">How long after closesAt a submitted response may still be amended or withdrawn (e.g. <c>"2.00:00:00"</c>); none by default.</param>
public sealed record CycleDefinition(
    DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, IReadOnlyDictionary<string, QuestionnaireRef>? Questionnaires,
    TimeSpan? AmendmentGracePeriod = null);

/// <summary>A cycle as the secretariat sees it.</summary>
public sealed record CycleStatus(
    string CycleId, string State, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, TimeSpan AmendmentGracePeriod,
    IReadOnlyDictionary<string, QuestionnaireRef> Questionnaires, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt,
    SynthesisStatus Synthesis);

/// <summary>The state of a cycle's synthesis and where its outputs are.</summary>
public sealed record SynthesisStatus(
    string CycleId, string State, DateTimeOffset? RequestedAt, DateTimeOffset? StartedAt, DateTimeOffset? CompletedAt, string? Fingerprint,
    int? Responses, string? Failure, IReadOnlyDictionary<string, string> Outputs, IReadOnlyList<string> Unreadable);

/// <summary>
/// A cycle as a respondent sees it: its window, the version it answers, whether it takes this
/// respondent's answers now (amendments during the grace period included), and its own response's
/// last revision and state (draft, submitted or withdrawn), null before the first.
/// </summary>
public sealed record RespondentCycle(
    string CycleId, string State, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool AcceptingAnswers,
    QuestionnaireRef Questionnaire, int? Revision, DateTimeOffset? LastStoredAt, string? ResponseState);

/// <summary>The reply of <c>GET /api/cycles</c>: full cycles for the secretariat, own views for a respondent.</summary>
public sealed record CycleListing(IReadOnlyList<CycleStatus>? Cycles, IReadOnlyList<RespondentCycle>? RespondentCycles);

/// <summary>The queue message asking for a cycle's synthesis: the id only, everything else is in storage.</summary>
public sealed record SynthesisRequest(string CycleId);
