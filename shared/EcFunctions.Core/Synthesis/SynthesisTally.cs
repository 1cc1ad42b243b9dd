using System.Text.Json;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;

namespace EcFunctions.Synthesis;

/// <summary>
/// The running aggregates of a synthesis: counts only, and the names of organisations per issue.
/// Answers are added one at a time and not kept.
/// </summary>
internal sealed class SynthesisTally(
    IReadOnlyDictionary<string, QuestionnaireFields> fields, IReadOnlyList<VocabularyTerm> groups, IReadOnlyList<VocabularyTerm> issues)
{
    private readonly Dictionary<(string Group, string Kind), int> byGroup = [];
    private readonly Dictionary<(string Region, string Kind), int> byRegion = [];
    private readonly Dictionary<bool, int> byDevelopment = [];
    private int responded;
    private readonly Dictionary<(string Questionnaire, string Path), int> answered = [];
    private readonly Dictionary<(string Questionnaire, string Path, string Value, string Group), int> chosen = [];
    // Lists, sorted once at the end: a sorted set's node is six times a list's slot, for each organisation and issue.
    private readonly Dictionary<string, List<string>> namedOrganisations = [];
    private readonly Dictionary<string, int> unnamedOrganisations = [];
    private readonly GapAnalysis gaps = new();
    private readonly Breakdowns breakdowns = new();

    /// <summary>Adds one response.</summary>
    public void Add(Respondent respondent, string questionnaireId, JsonElement answer, bool citeByName)
    {
        responded++;
        Increment(byGroup, (respondent.StakeholderGroup, respondent.Kind));
        Increment(byRegion, (respondent.Region ?? Breakdowns.RegionNotStated, respondent.Kind));
        if (respondent.Developing is { } developing)
        {
            Increment(byDevelopment, developing);
        }

        foreach (var question in fields[questionnaireId].ClosedQuestions)
        {
            var values = AnswerValues.At(answer, question.Path).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count == 0 && question.AllowsNone && AnswerValues.IsEmptyList(answer, question.Path))
            {
                values.Add(SynthesisPaths.None);
            }

            if (values.Count > 0)
            {
                Increment(answered, (questionnaireId, question.Path));
            }

            foreach (var value in values)
            {
                Increment(chosen, (questionnaireId, question.Path, value, respondent.StakeholderGroup));
            }
        }

        if (respondent.Kind == RespondentKind.Organisation)
        {
            foreach (var issue in AnswerValues.At(answer, SynthesisPaths.OrganisationIssues).Distinct(StringComparer.Ordinal))
            {
                if (citeByName)
                {
                    (namedOrganisations.TryGetValue(issue, out var names) ? names : namedOrganisations[issue] = []).Add(respondent.DisplayName);
                }
                else
                {
                    Increment(unnamedOrganisations, issue);
                }
            }
        }

        gaps.Add(respondent, answer, citeByName);
        breakdowns.Add(respondent, questionnaireId, answer);
    }

    /// <summary>
    /// The synthesis of everything added, with the registry's response <paramref name="rates"/> and who has
    /// <paramref name="notResponded"/> (<see cref="RegistryWalk"/>), and gaps marked from
    /// <paramref name="gapThreshold"/> with the work of organisations known from <paramref name="earlier"/> reports.
    /// </summary>
    public SynthesisDocument Build(
        string cycleId, IReadOnlyDictionary<string, QuestionnaireRef> questionnaires, string fingerprint,
        IReadOnlyList<KindResponseRate> rates, IReadOnlyList<NonRespondent> notResponded, int freeTextAnswers, IReadOnlyList<RespondentAttachments> attachments,
        IReadOnlyList<EarlierReport> earlier, double gapThreshold)
    {
        int Count<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull => counts.GetValueOrDefault(key);
        var regions = byRegion.Keys.Select(key => key.Region).Distinct().Order(StringComparer.Ordinal).ToList();
        var questions = fields
            .OrderBy(entry => entry.Key, StringComparer.Ordinal)
            .SelectMany(entry => entry.Value.ClosedQuestions.Select(question => Tally(entry.Key, question)))
            .ToList();
        var coverage = issues.Select(issue => new IssueCoverage(
            issue.Id, issue.Title, issue.Level ?? "",
            SortedNames(namedOrganisations.GetValueOrDefault(issue.Id)), Count(unnamedOrganisations, issue.Id))).ToList();

        return new SynthesisDocument(
            cycleId,
            questionnaires,
            fingerprint,
            responded,
            [.. groups.Select(group => Contributions(group, kind => Count(byGroup, (group.Id, kind))))],
            [.. regions.Select(region => Region(region, kind => Count(byRegion, (region, kind))))],
            new DevelopmentContributions(Count(byDevelopment, true), Count(byDevelopment, false)),
            rates,
            notResponded,
            questions,
            coverage,
            gaps.Build(coverage, groups, earlier, gapThreshold),
            [.. SynthesisPaths.Positions.SelectMany(position => questions.Where(question =>
                question.QuestionnaireId == position.QuestionnaireId && question.Path == position.Path))],
            freeTextAnswers,
            attachments,
            breakdowns.Build(questions));
    }

    /// <summary>Names in ordinal order, each once.</summary>
    internal static IReadOnlyList<string> SortedNames(List<string>? names) => [.. (names ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    private QuestionTally Tally(string questionnaireId, ClosedQuestion question) => new(
        questionnaireId, question.Path, question.Title, question.Multiple, answered.GetValueOrDefault((questionnaireId, question.Path)),
        [.. question.Values.Concat(question.AllowsNone ? [SynthesisPaths.None] : []).Select(value =>
        {
            var byGroupCounts = groups.ToDictionary(
                group => group.Id, group => chosen.GetValueOrDefault((questionnaireId, question.Path, value, group.Id)), StringComparer.Ordinal);
            var title = value == SynthesisPaths.None ? "None" : question.ValueTitles.GetValueOrDefault(value, value);
            return new ValueTally(value, title, byGroupCounts.Values.Sum(), byGroupCounts);
        })]);

    private static GroupContributions Contributions(VocabularyTerm group, Func<string, int> count) => new(
        group.Id, group.Title, count(RespondentKind.MemberState), count(RespondentKind.Organisation), count(RespondentKind.OtherStakeholder),
        RespondentKind.All.Sum(count));

    private static RegionContributions Region(string region, Func<string, int> count) => new(
        region, count(RespondentKind.MemberState), count(RespondentKind.Organisation), count(RespondentKind.OtherStakeholder),
        RespondentKind.All.Sum(count));

    /// <summary>Adds one to a count.</summary>
    internal static void Increment<TKey>(Dictionary<TKey, int> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
