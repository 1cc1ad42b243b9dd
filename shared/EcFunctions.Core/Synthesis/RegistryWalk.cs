using EcFunctions.Respondents;

namespace EcFunctions.Synthesis;

/// <summary>
/// The registry read beside a cycle's submitted heads, both in order of respondent id (the registry's row
/// key is the id, and a head's is the id after <c>h:</c>; ids are ASCII, so storage's order is ordinal),
/// so that a synthesis holds of the registry only what its outputs list, not a row a registered
/// respondent: who did not answer, and the counts the response rates are made of.
/// </summary>
internal sealed class RegistryWalk(IAsyncEnumerable<Respondent> registry) : IAsyncDisposable
{
    private readonly IAsyncEnumerator<Respondent> rows = registry.GetAsyncEnumerator();
    private readonly HashSet<string> values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Registered, int Responded)> byKind = new(StringComparer.Ordinal);
    private readonly List<Respondent> notResponded = [];
    private readonly List<Respondent> organisationsWithoutResponse = [];
    private Respondent? ahead;

    /// <summary>Organisations with no response in the cycle at all, active or not, whose earlier work the gaps may cite.</summary>
    public IReadOnlyList<Respondent> OrganisationsWithoutResponse => organisationsWithoutResponse;

    /// <summary>
    /// The registry row of the respondent whose head comes next, in id order, counted as having answered
    /// when its answer could be read (<paramref name="responded"/>); null when the registry has none.
    /// The rows passed over on the way had no response.
    /// </summary>
    public async Task<Respondent?> FindAsync(string respondentId, bool responded)
    {
        while ((ahead ??= await NextAsync()) is { } row)
        {
            var order = string.CompareOrdinal(row.Id, respondentId);
            if (order > 0)
            {
                return null;
            }

            ahead = null;
            if (order == 0)
            {
                Count(row, responded);
                return row;
            }

            Passed(row);
        }

        return null;
    }

    /// <summary>Passes the rows after the last head: respondents without a response.</summary>
    public async Task FinishAsync()
    {
        while ((ahead ?? await NextAsync()) is { } row)
        {
            ahead = null;
            Passed(row);
        }
    }

    /// <summary>The response rate of each kind: of its active respondents and those that answered, how many answered.</summary>
    public IReadOnlyList<KindResponseRate> Rates() => [.. RespondentKind.All.Select(kind =>
    {
        var (registered, responded) = byKind.GetValueOrDefault(kind);
        return new KindResponseRate(kind, registered, responded, registered == 0 ? 0 : Math.Round((double)responded / registered, 4));
    })];

    /// <summary>The active respondents whose answer the synthesis has not, by kind and then by name.</summary>
    public IReadOnlyList<NonRespondent> NotResponded() => [.. notResponded
        .OrderBy(respondent => RespondentKind.All.ToList().IndexOf(respondent.Kind))
        .ThenBy(respondent => respondent.DisplayName, StringComparer.InvariantCulture)
        .Select(respondent => new NonRespondent(respondent.Id, respondent.DisplayName, respondent.Kind))];

    public ValueTask DisposeAsync() => rows.DisposeAsync();

    private void Count(Respondent respondent, bool responded)
    {
        if (respondent.Active || responded)
        {
            var (registered, respondedOfKind) = byKind.GetValueOrDefault(respondent.Kind);
            byKind[respondent.Kind] = (registered + 1, respondedOfKind + (responded ? 1 : 0));
        }

        if (respondent.Active && !responded)
        {
            notResponded.Add(respondent);
        }
    }

    private void Passed(Respondent withoutResponse)
    {
        Count(withoutResponse, responded: false);
        if (withoutResponse.Kind == RespondentKind.Organisation)
        {
            organisationsWithoutResponse.Add(withoutResponse);
        }
    }

    /// <summary>The next row, its vocabularies' values one string each: the authors of the report hold them for the whole run.</summary>
    private async Task<Respondent?> NextAsync()
    {
        if (!await rows.MoveNextAsync())
        {
            return null;
        }

        var row = rows.Current;
        return row with
        {
            Kind = Shared(row.Kind)!, StakeholderGroup = Shared(row.StakeholderGroup)!, Region = Shared(row.Region), UnRegionalGroup = Shared(row.UnRegionalGroup),
        };
    }

    private string? Shared(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (values.TryGetValue(value, out var known))
        {
            return known;
        }

        values.Add(value);
        return value;
    }
}
