namespace EcFunctions.Contributions;

/// <summary>
/// A contribution to a cycle received outside the questionnaire and registered by the secretariat: a
/// written paper, or an oral or informal contribution it recorded. The synthesis counts it by channel
/// beside the questionnaire answers, in the Secretary-General's table.
/// </summary>
/// <param name="Id">The secretariat's id for it within the cycle, e.g. <c>paper-004</c>.</param>
/// <param name="Channel">One of <see cref="ContributionChannel.All"/>.</param>
/// <param name="Author">Who contributed: a person, an organisation or a Government.</param>
/// <param name="StakeholderGroup">A stakeholder group of the shared vocabulary.</param>
/// <param name="Title">The document's title: required for a written contribution, and public.</param>
/// <param name="Language">The contribution's language, a BCP 47 tag such as <c>en</c> or <c>pt-BR</c>.</param>
/// <param name="Received">When the secretariat received it.</param>
/// <param name="Named">Whether the author consented to be named in the report; the report names no one else.</param>
/// <param name="Document">A written contribution's document, once the secretariat uploaded it.</param>
public sealed record Contribution(
    string Id, string Channel, string Author, string StakeholderGroup, string? Title, string Language, DateOnly Received, bool Named,
    ContributionDocument? Document = null);

/// <summary>The document of a written contribution, as uploaded: its bytes are at <paramref name="Href"/>.</summary>
public sealed record ContributionDocument(string FileName, string MediaType, long Size, string Sha256, string Href);

/// <summary>The body of <c>PUT /api/cycles/{cycleId}/contributions/{contributionId}</c>: a contribution without its id.</summary>
public sealed record ContributionDetails(
    string? Channel, string? Author, string? StakeholderGroup, string? Title, string? Language, DateOnly? Received, bool? Named);

/// <summary>The reply of <c>GET /api/cycles/{cycleId}/contributions</c>, by id.</summary>
public sealed record ContributionListing(IReadOnlyList<Contribution> Contributions);

/// <summary>The channels a contribution outside the questionnaire comes by.</summary>
public static class ContributionChannel
{
    /// <summary>A document sent to the secretariat.</summary>
    public const string Written = "written";

    /// <summary>A statement made at a meeting or consultation, as the secretariat recorded it.</summary>
    public const string Oral = "oral";

    /// <summary>Anything else the secretariat recorded: a conversation, an e-mail, a side event.</summary>
    public const string Informal = "informal";

    /// <summary>Every channel, in the order the report's columns show them.</summary>
    public static readonly IReadOnlyList<string> All = [Written, Oral, Informal];
}
