using System.Text.Json;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;

namespace EcFunctions.Synthesis;

/// <summary>
/// Which issues respondents call not adequately addressed by existing mechanisms, counted as shares of
/// those who answered the question, so that one state weighs one state's share whatever the number of
/// answers; against the organisations that work on each issue, this cycle or by their last report, and
/// those that call it a gap themselves.
/// </summary>
internal sealed class GapAnalysis
{
    private int memberStatesAnswered;
    private readonly Dictionary<string, int> memberStates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> groupsAnswered = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Group, string Issue), int> groups = [];
    private readonly Dictionary<string, List<string>> namedCallingItAGap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> unnamedCallingItAGap = new(StringComparer.Ordinal);

    /// <summary>Adds one response's answer to its questionnaire's gap question, if it has one.</summary>
    public void Add(Respondent respondent, JsonElement answer, bool citeByName)
    {
        var path = respondent.Kind switch
        {
            RespondentKind.MemberState => SynthesisPaths.MemberStateGaps,
            RespondentKind.Organisation => SynthesisPaths.OrganisationGaps,
            _ => null,
        };
        var issues = path is null ? [] : AnswerValues.At(answer, path).Distinct(StringComparer.Ordinal).ToList();
        if (path is null || (issues.Count == 0 && !AnswerValues.IsEmptyList(answer, path)))
        {
            return;
        }

        if (respondent.Kind == RespondentKind.MemberState)
        {
            memberStatesAnswered++;
            issues.ForEach(issue => SynthesisTally.Increment(memberStates, issue));
            return;
        }

        SynthesisTally.Increment(groupsAnswered, respondent.StakeholderGroup);
        foreach (var issue in issues)
        {
            SynthesisTally.Increment(groups, (respondent.StakeholderGroup, issue));
            if (citeByName)
            {
                (namedCallingItAGap.TryGetValue(issue, out var names) ? names : namedCallingItAGap[issue] = []).Add(respondent.DisplayName);
            }
            else
            {
                SynthesisTally.Increment(unnamedCallingItAGap, issue);
            }
        }
    }

    /// <summary>
    /// Every issue anyone calls not adequately addressed, ranked by the share of Member States that do,
    /// then by how few organisations work on it; those at or above <paramref name="threshold"/> are marked.
    /// </summary>
    public GapRanking Build(
        IReadOnlyList<IssueCoverage> coverage, IReadOnlyList<VocabularyTerm> stakeholderGroups, IReadOnlyList<EarlierReport> earlier, double threshold)
    {
        var issues = coverage
            .Where(issue => memberStates.ContainsKey(issue.Issue) || groups.Keys.Any(key => key.Issue == issue.Issue))
            .Select(issue => (issue, share: Share(memberStates.GetValueOrDefault(issue.Issue), memberStatesAnswered)))
            .OrderByDescending(entry => entry.share.Value)
            .ThenBy(entry => entry.issue.Organisations.Count + entry.issue.UnnamedOrganisations)
            .ThenBy(entry => entry.issue.Issue, StringComparer.Ordinal)
            .Select((entry, index) => new IssueGap(
                entry.issue.Issue, entry.issue.Title, index + 1, entry.share,
                stakeholderGroups.Where(group => groupsAnswered.ContainsKey(group.Id)).ToDictionary(
                    group => group.Id, group => Share(groups.GetValueOrDefault((group.Id, entry.issue.Issue)), groupsAnswered[group.Id]), StringComparer.Ordinal),
                new OrganisationNames(entry.issue.Organisations, entry.issue.UnnamedOrganisations),
                Earlier(earlier, entry.issue.Issue),
                new OrganisationNames(SynthesisTally.SortedNames(namedCallingItAGap.GetValueOrDefault(entry.issue.Issue)), unnamedCallingItAGap.GetValueOrDefault(entry.issue.Issue)),
                entry.share.Count > 0 && entry.share.Value >= threshold))
            .ToList();
        return new GapRanking(threshold, memberStatesAnswered, issues);
    }

    private static EarlierWork Earlier(IReadOnlyList<EarlierReport> earlier, string issue)
    {
        var working = earlier.Where(report => report.Issues.Contains(issue)).ToList();
        return new EarlierWork(
            [.. working.Where(report => report.Named).Select(report => new EarlierOrganisation(report.DisplayName, report.CycleId))
                .OrderBy(organisation => organisation.Name, StringComparer.InvariantCulture)],
            working.Count(report => !report.Named));
    }

    private static GapShare Share(int count, int answered) => new(count, answered, answered == 0 ? 0 : Math.Round((double)count / answered, 4));
}
