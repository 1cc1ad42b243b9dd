using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

/// <summary>A reader who knows the registry and sees every attribution tries to tell who said what.</summary>
public sealed class AttributionsTests
{
    private const int K = 3;

    private static readonly (string Id, string Title)[] Groups =
    [
        ("governments", "Governments"), ("civil-society", "Civil society"), ("technical-and-academic-community", "Technical and academic community"),
    ];

    [Fact]
    public void TheOneUnnamedStateOfARegionWhoseOthersAreNamedIsNotAttributedToThatRegion()
    {
        // The case: eight Asian states named, one not; "Governments, Asia" would name it.
        List<Contributor> contributors =
        [
            .. Enumerable.Range(0, 8).Select(index => State($"AS{index}", "asia", named: true)),
            State("HIDDEN", "asia", named: false),
            .. Enumerable.Range(0, 3).Select(index => State($"AF{index}", "africa", named: false)),
        ];

        var attributions = new Attributions(contributors, Groups, K);

        var hidden = attributions.Of("HIDDEN");
        Assert.DoesNotContain("Asia", hidden.Label(), StringComparison.Ordinal);
        Assert.True(SetOf(attributions, contributors, "HIDDEN").Count >= K);
    }

    [Fact]
    public void AGroupWithFewerThanKUnnamedIsNotNamedInTheAttribution()
    {
        List<Contributor> contributors =
        [
            Organisation("lone", "technical-and-academic-community", named: false),
            Organisation("named", "technical-and-academic-community", named: true),
            .. Enumerable.Range(0, 4).Select(index => Organisation($"cs{index}", "civil-society", named: false)),
        ];

        var attributions = new Attributions(contributors, Groups, K);

        Assert.DoesNotContain("Technical", attributions.Of("lone").Label(), StringComparison.Ordinal);
        Assert.True(SetOf(attributions, contributors, "lone").Count >= K);
    }

    [Fact]
    public void FewerThanKUnnamedInAllAreWithheld()
    {
        List<Contributor> contributors = [State("A", "asia", named: false), State("B", "europe", named: false), State("C", "europe", named: true)];

        var attributions = new Attributions(contributors, Groups, K);

        Assert.True(attributions.Of("A").Withheld);
        Assert.True(attributions.Of("B").Withheld);
        Assert.Equal(new Attribution("00-0", "C", GroupTitle: null, Region: null, Withheld: false), attributions.Of("C"));
    }

    [Fact]
    public void ACellOfKUnnamedKeepsItsRegion()
    {
        List<Contributor> contributors = [.. Enumerable.Range(0, K).Select(index => State($"E{index}", "europe", named: false))];

        Assert.Equal("Governments, Europe", new Attributions(contributors, Groups, K).Of("E0").Label());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void NoPopulationLetsAnUnnamedRespondentBeToldFromFewerThanKOthers(int seed)
    {
        var random = new Random(seed);
        string[] regions = ["africa", "americas", "asia", "europe", "oceania"];
        for (var round = 0; round < 200; round++)
        {
            var contributors = Enumerable.Range(0, random.Next(1, 40)).Select(index => new Contributor(
                $"r{index}", $"R{index}", Groups[random.Next(Groups.Length)].Id,
                random.Next(4) == 0 ? null : regions[random.Next(regions.Length)], Named: random.Next(3) == 0)).ToList();

            var attributions = new Attributions(contributors, Groups, K);

            foreach (var contributor in contributors.Where(contributor => !contributor.Named && !attributions.Of(contributor.RespondentId).Withheld))
            {
                Assert.True(SetOf(attributions, contributors, contributor.RespondentId).Count >= K, $"seed {seed}, round {round}: {contributor}");
            }
        }
    }

    /// <summary>Everyone who declined to be named and shares <paramref name="respondentId"/>'s attribution: who the reader cannot tell apart.</summary>
    private static List<Contributor> SetOf(Attributions attributions, IReadOnlyList<Contributor> contributors, string respondentId) =>
        [.. contributors.Where(contributor => !contributor.Named && attributions.Of(contributor.RespondentId).Key == attributions.Of(respondentId).Key)];

    private static Contributor State(string id, string region, bool named) => new(id, id, "governments", region, named);

    private static Contributor Organisation(string id, string group, bool named) => new(id, id, group, null, named);
}
