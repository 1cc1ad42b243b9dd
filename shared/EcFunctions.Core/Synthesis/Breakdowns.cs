using System.Text.Json;
using EcFunctions.Respondents;

namespace EcFunctions.Synthesis;

/// <summary>
/// The positions, the issues called not adequately addressed, the organisations' issues and the
/// stakeholders' barriers broken down by region, by development, by UN regional group and by the
/// LDC and SIDS lists: counts, and shares of those in the slice who answered the question.
/// </summary>
internal sealed class Breakdowns
{
    /// <summary>The region shown for a respondent that states none: never "global", which is a claim.</summary>
    public const string RegionNotStated = "not-stated";

    /// <summary>The questions broken down: (questionnaire, path).</summary>
    public static readonly IReadOnlyList<(string QuestionnaireId, string Path)> Questions =
    [
        .. SynthesisPaths.Positions,
        ("ec-member-state", SynthesisPaths.MemberStateGaps),
        ("ec-organisation", SynthesisPaths.OrganisationIssues),
        ("ec-organisation", SynthesisPaths.OrganisationGaps),
        ("ec-stakeholder", SynthesisPaths.StakeholderBarriers),
    ];

    /// <summary>The dimensions, each with its slices in the order a table shows them.</summary>
    public static readonly IReadOnlyList<(string Dimension, IReadOnlyList<string> Slices)> Dimensions =
    [
        ("region", [.. RespondentRules.Regions, RespondentRules.GlobalRegion, RegionNotStated]),
        ("development", ["developing", "developed"]),
        ("unRegionalGroup", RespondentRules.UnRegionalGroups),
        ("leastDeveloped", ["least-developed", "not-least-developed"]),
        ("smallIslandDeveloping", ["small-island-developing", "not-small-island-developing"]),
    ];

    private readonly Dictionary<(int Question, string Dimension, string Slice), int> answered = [];
    private readonly Dictionary<(int Question, string Dimension, string Slice, string Value), int> chosen = [];

    /// <summary>Adds one respondent's answer to every slice it falls in.</summary>
    public void Add(Respondent respondent, string questionnaireId, JsonElement answer)
    {
        var slices = SlicesOf(respondent).ToList();
        for (var question = 0; question < Questions.Count; question++)
        {
            if (Questions[question].QuestionnaireId != questionnaireId)
            {
                continue;
            }

            var path = Questions[question].Path;
            var values = AnswerValues.At(answer, path).Distinct(StringComparer.Ordinal).ToList();
            if (values.Count == 0 && AnswerValues.IsEmptyList(answer, path))
            {
                values.Add(SynthesisPaths.None);
            }

            foreach (var (dimension, slice) in values.Count > 0 ? slices : [])
            {
                SynthesisTally.Increment(answered, (question, dimension, slice));
                foreach (var value in values)
                {
                    SynthesisTally.Increment(chosen, (question, dimension, slice, value));
                }
            }
        }
    }

    /// <summary>The breakdowns, with the values and titles of the tallied <paramref name="questions"/>.</summary>
    public IReadOnlyList<QuestionBreakdown> Build(IReadOnlyList<QuestionTally> questions) =>
        [.. Questions.Select((question, index) =>
        {
            var tally = questions.FirstOrDefault(candidate => candidate.QuestionnaireId == question.QuestionnaireId && candidate.Path == question.Path);
            var values = tally?.Tallies.Select(value => (value.Value, value.Title)).ToList()
                ?? [.. chosen.Keys.Where(key => key.Question == index).Select(key => key.Value).Distinct().Order(StringComparer.Ordinal)
                    .Select(value => (value, value))];
            return new QuestionBreakdown(question.QuestionnaireId, question.Path, tally?.Title ?? question.Path,
                [.. values.Select(value => new BreakdownValue(value.Item1, value.Item2))],
                [.. Dimensions.Select(dimension => new DimensionBreakdown(dimension.Dimension,
                    [.. dimension.Slices.Where(slice => answered.ContainsKey((index, dimension.Dimension, slice))).Select(slice =>
                    {
                        var inSlice = answered[(index, dimension.Dimension, slice)];
                        return new SliceBreakdown(slice, inSlice, [.. values.Select(value =>
                        {
                            var count = chosen.GetValueOrDefault((index, dimension.Dimension, slice, value.Item1));
                            return new SliceCount(count, Math.Round((double)count / inSlice, 4));
                        })]);
                    })]))]);
        })];

    private static IEnumerable<(string Dimension, string Slice)> SlicesOf(Respondent respondent)
    {
        yield return ("region", respondent.Region ?? RegionNotStated);
        if (respondent.Developing is { } developing)
        {
            yield return ("development", developing ? "developing" : "developed");
        }

        if (respondent.UnRegionalGroup is { } group)
        {
            yield return ("unRegionalGroup", group);
        }

        if (respondent.LeastDeveloped is { } leastDeveloped)
        {
            yield return ("leastDeveloped", leastDeveloped ? "least-developed" : "not-least-developed");
        }

        if (respondent.SmallIslandDeveloping is { } smallIsland)
        {
            yield return ("smallIslandDeveloping", smallIsland ? "small-island-developing" : "not-small-island-developing");
        }
    }
}
