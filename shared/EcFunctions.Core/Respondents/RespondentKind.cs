namespace EcFunctions.Respondents;

/// <summary>The kinds of respondent; each answers the questionnaire of its kind.</summary>
public static class RespondentKind
{
    /// <summary>A Member State of the United Nations, identified by its ISO 3166-1 alpha-3 code.</summary>
    public const string MemberState = "member-state";

    /// <summary>An organisation reporting on its work (ITU, ICANN, UNESCO ...).</summary>
    public const string Organisation = "organisation";

    /// <summary>Civil society, the private sector or the technical and academic community.</summary>
    public const string OtherStakeholder = "other-stakeholder";

    /// <summary>Every kind.</summary>
    public static readonly IReadOnlyList<string> All = [MemberState, Organisation, OtherStakeholder];

    /// <summary>The questionnaire a respondent of <paramref name="kind"/> answers.</summary>
    public static string QuestionnaireId(string kind) => kind switch
    {
        MemberState => "ec-member-state",
        Organisation => "ec-organisation",
        OtherStakeholder => "ec-stakeholder",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a respondent kind."),
    };
}
