using EcFunctions.Respondents;

namespace EcFunctions.Synthesis;

/// <summary>The titles readers see for the registry's own codes, which no questionnaire schema titles.</summary>
public static class ReportLabels
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        [RespondentKind.MemberState] = "Member State",
        [RespondentKind.Organisation] = "Organisation",
        [RespondentKind.OtherStakeholder] = "Other stakeholder",
    };

    private static readonly Dictionary<string, string> Regions = new(StringComparer.Ordinal)
    {
        ["africa"] = "Africa",
        ["americas"] = "Americas",
        ["asia"] = "Asia",
        ["europe"] = "Europe",
        ["oceania"] = "Oceania",
        ["global"] = "Global",
    };

    /// <summary>The title of a respondent kind, e.g. "Member State".</summary>
    public static string Kind(string kind) => Kinds.GetValueOrDefault(kind, kind);

    /// <summary>The title of an M49 region, e.g. "Americas".</summary>
    public static string Region(string region) => Regions.GetValueOrDefault(region, region);
}
