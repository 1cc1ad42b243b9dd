using EcFunctions.Respondents;

namespace EcFunctions.Tests.Unit.Respondents;

/// <summary>The classifications only Member States carry, and the region only global bodies may claim.</summary>
public sealed class RespondentRulesTests
{
    private static readonly string[] Groups = ["governments", "intergovernmental-and-international-organisations", "civil-society"];

    [Fact]
    public void TakesAMemberStateWithItsGroupAndFlags()
    {
        var (respondent, errors) = RespondentRules.Check("FJI", State("oceania", "asia-pacific", leastDeveloped: false, smallIsland: true), Groups);

        Assert.Empty(errors);
        Assert.Equal(("asia-pacific", false, true), (respondent!.UnRegionalGroup, respondent.LeastDeveloped, respondent.SmallIslandDeveloping));
    }

    [Fact]
    public void RequiresAMemberStatesGroupAndFlags()
    {
        var (_, errors) = RespondentRules.Check("FJI", State("oceania", null, null, null), Groups);

        Assert.Equal(["leastDeveloped", "smallIslandDeveloping", "unRegionalGroup"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void RefusesAnUnknownGroupAndAGlobalMemberState()
    {
        var (_, errors) = RespondentRules.Check("FJI", State("global", "pacific", false, true), Groups);

        Assert.Equal(["region", "unRegionalGroup"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void LetsAnOrganisationBeGlobalButNotClassedAsAMemberState()
    {
        var global = RespondentRules.Check("itu", Organisation("global", null, null), Groups);
        var classed = RespondentRules.Check("itu", Organisation("global", "african", true), Groups);

        Assert.Equal("global", global.Respondent!.Region);
        Assert.Equal(["leastDeveloped", "unRegionalGroup"], classed.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private static RespondentDetails State(string region, string? group, bool? leastDeveloped, bool? smallIsland) => new(
        RespondentKind.MemberState, "governments", region, Developing: true, "Fiji", null, null, group, leastDeveloped, smallIsland);

    private static RespondentDetails Organisation(string region, string? group, bool? leastDeveloped) => new(
        RespondentKind.Organisation, "intergovernmental-and-international-organisations", region, Developing: null, "ITU", null, null,
        group, leastDeveloped);
}
