namespace EcFunctions.Synthesis;

/// <summary>
/// The questions the synthesis reads for its own sections, by questionnaire and path. They name
/// fields of the bundled questionnaires; a future version that moves them must keep these paths
/// or update them here.
/// </summary>
public static class SynthesisPaths
{
    /// <summary>The public policy issues an organisation works on.</summary>
    public const string OrganisationIssues = "answers.issues";

    /// <summary>The issues a member state calls not adequately addressed.</summary>
    public const string MemberStateGaps = "answers.issuesNotAddressed";

    /// <summary>The issues an organisation calls not adequately addressed.</summary>
    public const string OrganisationGaps = "answers.gaps.issues";

    /// <summary>The kinds of barrier a stakeholder meets.</summary>
    public const string StakeholderBarriers = "answers.barriers.kinds";

    /// <summary>The positions on how to implement enhanced cooperation: (questionnaire, path).</summary>
    public static readonly IReadOnlyList<(string QuestionnaireId, string Path)> Positions =
    [
        ("ec-member-state", "answers.position.choice"),
        ("ec-organisation", "answers.newMechanism.view"),
        ("ec-stakeholder", "answers.extentImplemented"),
    ];

    /// <summary>
    /// The value tallied for an explicit empty list ("none of these"), which is an answer: no choice
    /// can be empty, so it cannot be mistaken for one.
    /// </summary>
    public const string None = "";
}
