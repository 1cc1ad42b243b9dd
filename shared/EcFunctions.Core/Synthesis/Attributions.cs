namespace EcFunctions.Synthesis;

/// <summary>A respondent as the report may know it: its group, its region, and whether it consented to be named.</summary>
public sealed record Contributor(string RespondentId, string DisplayName, string StakeholderGroup, string? Region, bool Named);

/// <summary>
/// One attribution of the public report: a named respondent, or a set of respondents who declined
/// to be named, of one stakeholder group (<paramref name="GroupTitle"/>) and region, of one group, or of
/// none. <paramref name="Key"/> orders the sets of a stakeholder group together; a
/// <paramref name="Withheld"/> set is too small to be quoted at all.
/// </summary>
public sealed record Attribution(string Key, string? Name, string? GroupTitle, string? Region, bool Withheld)
{
    /// <summary>Whether the respondent consented to be named.</summary>
    public bool Named => Name is not null;

    /// <summary>How the report names the attribution, in English.</summary>
    public string Label() => Label(ReportLanguage.English);

    /// <summary>How the report names the attribution, in <paramref name="language"/>.</summary>
    public string Label(ReportLanguage language) => (Name, GroupTitle, Region) switch
    {
        ({ } name, _, _) => name,
        (null, { } group, { } region) => $"{language.Title(group)}, {language.Region(region)}",
        (null, { } group, null) => language.Title(group),
        _ => language["attribution.others"],
    };
}

/// <summary>
/// Decides how each respondent of a synthesis is attributed so that no attribution of one who declined
/// to be named stands for fewer than k such respondents, whatever the reader knows of the others.
/// </summary>
/// <remarks>
/// The sets partition the respondents who declined: "group, region" where that cell holds at least k;
/// the rest of the group, pooled as "group"; the rest of all groups, as "other respondents". A pool that
/// would fall below k takes in the smallest set above it, because a pool of one is named by elimination
/// as surely as its cell was: the reader sees which quotes carry the finer labels. When fewer than k
/// declined in all, their answers cannot be attributed to anything safely and are withheld.
/// </remarks>
public sealed class Attributions
{
    /// <summary>The key of the pool of respondents not attributed to any group.</summary>
    public const string OthersKey = "99";

    private readonly Dictionary<string, Attribution> byRespondent = new(StringComparer.Ordinal);

    /// <summary>Partitions <paramref name="contributors"/>; <paramref name="groups"/> gives the groups' order and titles.</summary>
    public Attributions(IReadOnlyList<Contributor> contributors, IReadOnlyList<(string Id, string Title)> groups, int threshold)
    {
        var order = groups.Select((group, index) => (group.Id, index)).ToDictionary(entry => entry.Id, entry => entry.index, StringComparer.Ordinal);
        var unnamed = contributors.Where(contributor => !contributor.Named).ToList();
        var others = new List<Contributor>();
        var groupPools = new List<List<Contributor>>();
        foreach (var group in unnamed.GroupBy(contributor => contributor.StakeholderGroup, StringComparer.Ordinal))
        {
            var index = order.GetValueOrDefault(group.Key, order.Count);
            var title = groups.FirstOrDefault(entry => entry.Id == group.Key).Title ?? group.Key;
            var cells = group.Where(contributor => contributor.Region is not null)
                .GroupBy(contributor => contributor.Region!, StringComparer.Ordinal)
                .Where(cell => cell.Count() >= threshold)
                .OrderBy(cell => cell.Count()).ThenBy(cell => cell.Key, StringComparer.Ordinal)
                .Select(cell => cell.ToList())
                .ToList();
            var pool = group.Except(cells.SelectMany(cell => cell)).ToList();
            if (pool.Count is > 0 && pool.Count < threshold && cells.Count > 0)
            {
                pool.AddRange(cells[0]);
                cells.RemoveAt(0);
            }

            foreach (var cell in cells)
            {
                var region = cell[0].Region!;
                Assign(cell, new Attribution($"{index:D2}-1-{region}", Name: null, title, region, Withheld: false));
            }

            if (pool.Count >= threshold)
            {
                Assign(pool, new Attribution($"{index:D2}-2", Name: null, title, Region: null, Withheld: false));
            }

            // A pool still short of k has no cells left: it is the whole group.
            if (pool.Count is > 0 && pool.Count < threshold)
            {
                others.AddRange(group);
            }
            else
            {
                groupPools.Add([.. group]);
            }
        }

        if (others.Count is > 0 && others.Count < threshold && groupPools.Count > 0)
        {
            var smallest = groupPools.MinBy(pool => pool.Count)!;
            others.AddRange(smallest);
        }

        Assign(others, new Attribution(OthersKey, Name: null, GroupTitle: null, Region: null, Withheld: others.Count < threshold));
        foreach (var contributor in contributors.Where(contributor => contributor.Named))
        {
            var index = order.GetValueOrDefault(contributor.StakeholderGroup, order.Count);
            byRespondent[contributor.RespondentId] = new Attribution($"{index:D2}-0", contributor.DisplayName, GroupTitle: null, Region: null, Withheld: false);
        }
    }

    /// <summary>How <paramref name="respondentId"/> is attributed.</summary>
    public Attribution Of(string respondentId) => byRespondent[respondentId];

    private void Assign(IEnumerable<Contributor> set, Attribution attribution)
    {
        foreach (var contributor in set)
        {
            byRespondent[contributor.RespondentId] = attribution;
        }
    }
}
