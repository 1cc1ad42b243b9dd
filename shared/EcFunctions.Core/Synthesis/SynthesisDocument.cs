using EcFunctions.Questionnaires;

namespace EcFunctions.Synthesis;

/// <summary>
/// <c>synthesis.json</c>: the machine-readable synthesis of a cycle, described by the published
/// schema <c>questionnaires/_synthesis/1.2.0.schema.json</c>. Deterministic: the same responses give
/// the same bytes, so a re-run can be compared and a second delivery changes nothing.
/// </summary>
public sealed record SynthesisDocument(
    string CycleId,
    IReadOnlyDictionary<string, QuestionnaireRef> Questionnaires,
    string Fingerprint,
    int Responses,
    IReadOnlyList<GroupContributions> Contributions,
    IReadOnlyList<RegionContributions> Regions,
    DevelopmentContributions MemberStatesByDevelopment,
    IReadOnlyList<KindResponseRate> ResponseRate,
    IReadOnlyList<NonRespondent> NotResponded,
    IReadOnlyList<QuestionTally> Questions,
    IReadOnlyList<IssueCoverage> IssueOrganisations,
    GapRanking Gaps,
    IReadOnlyList<QuestionTally> Positions,
    int FreeTextAnswers,
    IReadOnlyList<RespondentAttachments> Attachments,
    IReadOnlyList<QuestionBreakdown> Breakdowns)
{
    /// <summary>The Secretary-General's table by group and channel, and the annex of named contributors; the compiler sets it.</summary>
    public ContributionChannels? Channels { get; init; }
}

/// <summary>Responses from one stakeholder group, by respondent kind (the Secretary-General's table).</summary>
public sealed record GroupContributions(string StakeholderGroup, string Title, int MemberStates, int Organisations, int OtherStakeholders, int Total);

/// <summary>Responses from one M49 region (<c>global</c> for global bodies, <c>not-stated</c> for respondents without one).</summary>
public sealed record RegionContributions(string Region, int MemberStates, int Organisations, int OtherStakeholders, int Total);

/// <summary>Member states' responses by the developing/developed classification.</summary>
public sealed record DevelopmentContributions(int Developing, int Developed);

/// <summary>Registered and responding respondents of one kind.</summary>
public sealed record KindResponseRate(string Kind, int Registered, int Responded, double Rate);

/// <summary>A registered, active respondent without a response: the secretariat's to know, never the published report's.</summary>
public sealed record NonRespondent(string Id, string DisplayName, string Kind);

/// <summary>A closed-choice question's tallies, overall and by stakeholder group.</summary>
public sealed record QuestionTally(
    string QuestionnaireId, string Path, string Title, bool Multiple, int Answered, IReadOnlyList<ValueTally> Tallies);

/// <summary>How many chose one value, overall and per stakeholder group.</summary>
public sealed record ValueTally(string Value, string Title, int Total, IReadOnlyDictionary<string, int> ByStakeholderGroup);

/// <summary>The organisations that report working on an issue: named where they consented to be cited.</summary>
public sealed record IssueCoverage(string Issue, string Title, string Level, IReadOnlyList<string> Organisations, int UnnamedOrganisations);

/// <summary>The files one respondent's synthesised answer refers to.</summary>
/// <param name="RespondentId">The respondent.</param>
/// <param name="Attribution">Its name where it consented to be cited; otherwise the <see cref="Attribution"/> of the set it is hidden in.</param>
/// <param name="Files">The files, in the order the answer lists them.</param>
public sealed record RespondentAttachments(string RespondentId, string Attribution, IReadOnlyList<AttachedFile> Files);

/// <summary>One attached file, and where the secretariat downloads it.</summary>
public sealed record AttachedFile(string Id, string? Title, string FileName, string MediaType, long Size, string Sha256, string Href);

/// <summary>A compiled synthesis: what synthesis.json holds, and whose stored answers could not be read and were left out.</summary>
public sealed record CompiledSynthesis(SynthesisDocument Document, IReadOnlyList<string> Unreadable);
