namespace EcFunctions.Synthesis;

/// <summary>
/// The gaps: every issue some respondent calls not adequately addressed by existing mechanisms, ranked
/// by the share of responding Member States that do.
/// </summary>
/// <param name="Threshold">The share from which an issue is marked a gap, as the secretariat set it for the cycle.</param>
/// <param name="MemberStatesAnswered">How many Member States answered the question, "none" included: the base of their shares.</param>
/// <param name="Issues">The issues, best ranked first.</param>
public sealed record GapRanking(double Threshold, int MemberStatesAnswered, IReadOnlyList<IssueGap> Issues);

/// <summary>One issue of the gap ranking.</summary>
/// <param name="Issue">The issue's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Rank">1 for the issue the largest share of Member States calls not adequately addressed.</param>
/// <param name="MemberStates">The Member States that call it so, of those that answered.</param>
/// <param name="ByStakeholderGroup">
/// For other respondents, by stakeholder group, those that call it so of those whose questionnaire asks
/// (organisations; Member States are counted apart).
/// </param>
/// <param name="Working">The organisations that report working on it in this cycle.</param>
/// <param name="WorkingByEarlierReport">Organisations that did not report this cycle but worked on it by their last report.</param>
/// <param name="CallingItAGap">The organisations that themselves call it not adequately addressed.</param>
/// <param name="Gap">Whether the Member States' share reaches the threshold.</param>
public sealed record IssueGap(
    string Issue, string Title, int Rank, GapShare MemberStates, IReadOnlyDictionary<string, GapShare> ByStakeholderGroup,
    OrganisationNames Working, EarlierWork WorkingByEarlierReport, OrganisationNames CallingItAGap, bool Gap);

/// <summary>How many of those who answered say so, and the share they are (rounded to 4 places).</summary>
public sealed record GapShare(int Count, int Answered, double Value);

/// <summary>Organisations, named where they consented to be cited, and how many others.</summary>
public sealed record OrganisationNames(IReadOnlyList<string> Named, int Unnamed);

/// <summary>Organisations known to work on an issue from their last report only: named with its cycle where it consented, and how many others.</summary>
public sealed record EarlierWork(IReadOnlyList<EarlierOrganisation> Named, int Unnamed);

/// <summary>An organisation and the cycle of its last report.</summary>
public sealed record EarlierOrganisation(string Name, string CycleId);
