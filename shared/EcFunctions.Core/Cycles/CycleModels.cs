using EcFunctions.Questionnaires;

namespace EcFunctions.Cycles;

/// <summary>The body of <c>PUT /api/cycles/{cycleId}</c>: the window and the questionnaire version per respondent kind.</summary>
/// <param name="OpensAt">When answers start being accepted (UTC).</param>
/// <param name="ClosesAt">When answers stop being accepted (UTC).</param>
/// <param name="Questionnaires">For each respondent kind (<c>member-state</c>, <c>organisation</c>, <c>other-stakeholder</c>), the version it answers.</param>
/// <param name="AmendmentGracePeriod">How long after closesAt a submitted response may still be amended or withdrawn (e.g. <c>"2.00:00:00"</c>); none by default.</param>
/// <param name="GapThreshold">
/// The share of responding Member States (0 to 1) calling an issue not adequately addressed from which
/// the synthesis marks it a gap; <see cref="GapThresholds.Default"/> when not given.
/// </param>
public sealed record CycleDefinition(
    DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, IReadOnlyDictionary<string, QuestionnaireRef>? Questionnaires,
    TimeSpan? AmendmentGracePeriod = null, double? GapThreshold = null);

/// <summary>A cycle as the secretariat sees it.</summary>
public sealed record CycleStatus(
    string CycleId, string State, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, TimeSpan AmendmentGracePeriod,
    IReadOnlyDictionary<string, QuestionnaireRef> Questionnaires, DateTimeOffset? OpenedAt, DateTimeOffset? ClosedAt,
    SynthesisStatus Synthesis, double GapThreshold);

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

/// <summary>The optional body of <c>POST /api/cycles/{cycleId}/synthesis</c>: what to change before the synthesis runs again.</summary>
/// <param name="GapThreshold">A new gap threshold for the cycle (see <see cref="CycleDefinition.GapThreshold"/>).</param>
public sealed record SynthesisRerun(double? GapThreshold);

/// <summary>The queue message asking for a cycle's synthesis: the id only, everything else is in storage.</summary>
public sealed record SynthesisRequest(string CycleId);
