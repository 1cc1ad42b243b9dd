using System.Net.Mail;
using System.Text.RegularExpressions;

namespace EcFunctions.Respondents;

/// <summary>What makes a respondent valid; errors are keyed by the field they concern.</summary>
public static partial class RespondentRules
{
    /// <summary>The M49 regions.</summary>
    public static readonly IReadOnlyList<string> Regions = ["africa", "americas", "asia", "europe", "oceania"];

    /// <summary>The region of a body that is global; never a member state's, never the default for a missing region.</summary>
    public const string GlobalRegion = "global";

    /// <summary>The United Nations regional groups, as the Department for General Assembly and Conference Management lists them.</summary>
    public static readonly IReadOnlyList<string> UnRegionalGroups =
        ["african", "asia-pacific", "eastern-european", "latin-american-and-caribbean", "western-european-and-others"];

    /// <summary>
    /// Checks <paramref name="details"/> for the respondent <paramref name="id"/> against the stakeholder
    /// groups of the shared vocabulary; returns the valid respondent or the errors by field name.
    /// </summary>
    public static (Respondent? Respondent, Dictionary<string, string[]> Errors) Check(
        string id, RespondentDetails details, IReadOnlyCollection<string> stakeholderGroups)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        var kind = details.Kind;
        if (kind is null || !RespondentKind.All.Contains(kind))
        {
            Fail("kind", $"Must be one of {Quote(RespondentKind.All)}.");
        }
        else if (kind == RespondentKind.MemberState ? !MemberStateId().IsMatch(id) : !SlugId().IsMatch(id))
        {
            Fail("id", kind == RespondentKind.MemberState
                ? "A member state is identified by its ISO 3166-1 alpha-3 code, e.g. 'BRA'."
                : "Must be a lower-case slug of letters, digits and '-', e.g. 'itu'.");
        }

        if (details.StakeholderGroup is null || !stakeholderGroups.Contains(details.StakeholderGroup))
        {
            Fail("stakeholderGroup", $"Must be one of {Quote(stakeholderGroups)}.");
        }
        else if ((kind == RespondentKind.MemberState) != (details.StakeholderGroup == "governments"))
        {
            Fail("stakeholderGroup", "Member states, and only they, belong to 'governments'.");
        }

        var memberState = kind == RespondentKind.MemberState;
        if (details.Region is not null
            ? !Regions.Contains(details.Region) && (memberState || details.Region != GlobalRegion)
            : memberState)
        {
            Fail("region", memberState
                ? $"Must be one of {Quote(Regions)}."
                : $"Must be one of {Quote(Regions)}, '{GlobalRegion}' for a body that is global, or absent.");
        }

        if (details.UnRegionalGroup is not null ? !memberState || !UnRegionalGroups.Contains(details.UnRegionalGroup) : memberState)
        {
            Fail("unRegionalGroup", memberState
                ? $"Must be one of {Quote(UnRegionalGroups)}."
                : "Only member states belong to a United Nations regional group; leave it out.");
        }

        if (memberState != details.LeastDeveloped.HasValue)
        {
            Fail("leastDeveloped", memberState
                ? "Say whether the member state is a least developed country: true or false."
                : "Only member states are classed as least developed or not; leave it out.");
        }

        if (memberState != details.SmallIslandDeveloping.HasValue)
        {
            Fail("smallIslandDeveloping", memberState
                ? "Say whether the member state is a small island developing State: true or false."
                : "Only member states are classed as small island developing States or not; leave it out.");
        }

        if ((kind == RespondentKind.MemberState) != details.Developing.HasValue)
        {
            Fail("developing", kind == RespondentKind.MemberState
                ? "Say whether the member state is a developing country: true or false."
                : "Only member states are classed as developing or not; leave it out.");
        }

        if (string.IsNullOrWhiteSpace(details.DisplayName) || details.DisplayName.Length > 300)
        {
            Fail("displayName", "Must be 1 to 300 characters.");
        }
        else if (NameProblem(details.DisplayName) is { } problem)
        {
            Fail("displayName", problem);
        }

        if (details.FocalPointName?.Length > 300)
        {
            Fail("focalPointName", "Must be at most 300 characters.");
        }
        else if (details.FocalPointName is { } focalPoint && NameProblem(focalPoint) is { } problem)
        {
            Fail("focalPointName", problem);
        }

        if (details.FocalPointEmail is { } email && !MailAddress.TryCreate(email, out _))
        {
            Fail("focalPointEmail", "Must be an e-mail address.");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new Respondent(id, kind!, details.StakeholderGroup!, details.Region, details.Developing,
                details.DisplayName!.Trim(), Blank(details.FocalPointName), Blank(details.FocalPointEmail), Active: true,
                details.UnRegionalGroup, details.LeastDeveloped, details.SmallIslandDeveloping), errors);
    }

    // Names reach spreadsheets and reports: no control characters, and no leading character a
    // spreadsheet reads as the start of a formula.
    internal static string? NameProblem(string name) =>
        name.Any(char.IsControl) ? "Must not contain control characters (tabs, line breaks, NUL ...)."
        : name.TrimStart() is [('=' or '+' or '-' or '@'), ..] ? "Must not begin with =, +, - or @."
        : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(value => $"'{value}'"));

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex MemberStateId();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,63}$")]
    private static partial Regex SlugId();
}
