using EcFunctions.Contributions;

namespace EcFunctions.Synthesis;

/// <summary>
/// The Secretary-General's table: contributions per group of his reports (<see cref="SecretaryGeneralGroups"/>)
/// and per channel, the questionnaire beside those the secretariat registered; the registered contributions;
/// and the annex of the contributors who consented to be named.
/// </summary>
/// <param name="Groups">A row per group, in the table's order, groups without contributions too.</param>
/// <param name="Total">The sums of the rows, as the row <c>total</c>.</param>
/// <param name="Registered">The contributions registered outside the questionnaire, by id.</param>
/// <param name="Annex">The names of those who consented to be named, per group, each group's sorted.</param>
public sealed record ContributionChannels(
    IReadOnlyList<ChannelCounts> Groups, ChannelCounts Total, IReadOnlyList<RegisteredContribution> Registered, IReadOnlyList<NamedContributors> Annex)
{
    /// <summary>Tallies the readable questionnaire answers of <paramref name="respondents"/> and the <paramref name="registered"/> contributions.</summary>
    public static ContributionChannels Of(IEnumerable<Contributor> respondents, IReadOnlyList<Contribution> registered, string? foldTechnicalInto)
    {
        var answers = respondents.ToList();
        string GroupOf(string stakeholderGroup) => SecretaryGeneralGroups.Of(stakeholderGroup, foldTechnicalInto);
        int Count(string group, string channel) => registered.Count(contribution =>
            contribution.Channel == channel && GroupOf(contribution.StakeholderGroup) == group);

        var rows = SecretaryGeneralGroups.Rows(foldTechnicalInto).Select(group => Row(group,
            answers.Count(answer => GroupOf(answer.StakeholderGroup) == group),
            Count(group, ContributionChannel.Written), Count(group, ContributionChannel.Oral), Count(group, ContributionChannel.Informal))).ToList();
        var total = Row("total", rows.Sum(row => row.Questionnaire), rows.Sum(row => row.Written), rows.Sum(row => row.Oral), rows.Sum(row => row.Informal));

        var named = answers.Where(answer => answer.Named).Select(answer => (Group: GroupOf(answer.StakeholderGroup), Name: answer.DisplayName))
            .Concat(registered.Where(contribution => contribution.Named).Select(contribution => (Group: GroupOf(contribution.StakeholderGroup), Name: contribution.Author)));
        var annex = SecretaryGeneralGroups.Rows(foldTechnicalInto)
            .Select(group => new NamedContributors(group, [.. named.Where(entry => entry.Group == group).Select(entry => entry.Name)
                .Distinct(StringComparer.Ordinal).Order(StringComparer.InvariantCulture)]))
            .Where(group => group.Names.Count > 0).ToList();

        return new ContributionChannels(rows, total,
            [.. registered.OrderBy(contribution => contribution.Id, StringComparer.Ordinal).Select(contribution => new RegisteredContribution(
                contribution.Id, contribution.Channel, contribution.StakeholderGroup, GroupOf(contribution.StakeholderGroup),
                contribution.Named ? contribution.Author : null, contribution.Title, contribution.Language, contribution.Received))],
            annex);
    }

    private static ChannelCounts Row(string group, int questionnaire, int written, int oral, int informal) =>
        new(group, questionnaire, written, oral, informal, questionnaire + written + oral + informal);
}

/// <summary>One row of the Secretary-General's table: a group's contributions per channel.</summary>
public sealed record ChannelCounts(string Group, int Questionnaire, int Written, int Oral, int Informal, int Total);

/// <summary>A contribution registered outside the questionnaire, as the synthesis publishes it: its author only where named.</summary>
public sealed record RegisteredContribution(
    string Id, string Channel, string StakeholderGroup, string SecretaryGeneralGroup, string? Author, string? Title, string Language, DateOnly Received);

/// <summary>The contributors of one group who consented to be named, sorted by name.</summary>
public sealed record NamedContributors(string Group, IReadOnlyList<string> Names);
