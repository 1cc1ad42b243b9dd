using System.Text.Json.Serialization;

namespace EcFunctions.Respondents;

/// <summary>A registered respondent, as the registry stores and serves it.</summary>
/// <param name="Id">ISO 3166-1 alpha-3 code for member states (<c>BRA</c>), a short slug otherwise (<c>itu</c>).</param>
/// <param name="Kind">One of <see cref="RespondentKind"/>.</param>
/// <param name="StakeholderGroup">A stakeholder group of the shared vocabulary.</param>
/// <param name="Region">The M49 region (<c>africa</c>, <c>americas</c>, <c>asia</c>, <c>europe</c>, <c>oceania</c>); required for member states;
/// <c>global</c> only for a body that is global, said explicitly; null when not stated.</param>
/// <param name="Developing">Whether a member state is a developing country; null for others.</param>
/// <param name="DisplayName">The name to show and cite.</param>
/// <param name="FocalPointName">The focal point's name.</param>
/// <param name="FocalPointEmail">The focal point's e-mail address.</param>
/// <param name="Active">False once deactivated: its credentials stop working, its answers stay.</param>
/// <param name="UnRegionalGroup">The United Nations regional group of a member state (<c>african</c>, <c>asia-pacific</c>, <c>eastern-european</c>,
/// <c>latin-american-and-caribbean</c>, <c>western-european-and-others</c>); null for others.</param>
/// <param name="LeastDeveloped">Whether a member state is on the UN list of least developed countries; null for others.</param>
/// <param name="SmallIslandDeveloping">Whether a member state is a small island developing State (UN-OHRLLS list); null for others.</param>
public sealed record Respondent(
    string Id, string Kind, string StakeholderGroup, string? Region, bool? Developing, string DisplayName,
    string? FocalPointName, string? FocalPointEmail, bool Active,
    string? UnRegionalGroup = null, bool? LeastDeveloped = null, bool? SmallIslandDeveloping = null)
{
    /// <summary>
    /// When the registry last wrote this respondent, by the storage service's clock; null for one not read
    /// from it. Rows are never deleted, so a respondent written before a close began is one it fences.
    /// </summary>
    [JsonIgnore]
    public DateTimeOffset? WrittenAt { get; init; }
}

/// <summary>The body of <c>PUT /api/respondents/{respondentId}</c>: a respondent without its id and state.</summary>
public sealed record RespondentDetails(
    string? Kind, string? StakeholderGroup, string? Region, bool? Developing, string? DisplayName,
    string? FocalPointName, string? FocalPointEmail,
    string? UnRegionalGroup = null, bool? LeastDeveloped = null, bool? SmallIslandDeveloping = null);

/// <summary>The reply of <c>GET /api/respondents</c>.</summary>
public sealed record RespondentListing(IReadOnlyList<Respondent> Respondents);

/// <summary>The reply of a successful CSV import.</summary>
/// <param name="Created">Respondents that were new.</param>
/// <param name="Updated">Respondents that existed and were replaced.</param>
public sealed record RespondentImport(int Created, int Updated);
