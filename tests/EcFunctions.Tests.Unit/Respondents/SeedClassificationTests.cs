using EcFunctions.Respondents;

namespace EcFunctions.Tests.Unit.Respondents;

/// <summary>
/// The seed registry classes Member States as the UN does: regional groups as DGACM lists them, the
/// least developed countries as of 28 November 2026, the small island developing States of UN-OHRLLS.
/// </summary>
public sealed class SeedClassificationTests
{
    [Theory]
    [InlineData("NGA", "african")]
    [InlineData("EGY", "african")]
    [InlineData("SSD", "african")]
    [InlineData("KIR", "asia-pacific")]
    [InlineData("CYP", "asia-pacific")]
    [InlineData("JPN", "asia-pacific")]
    [InlineData("SAU", "asia-pacific")]
    [InlineData("RUS", "eastern-european")]
    [InlineData("GEO", "eastern-european")]
    [InlineData("UKR", "eastern-european")]
    [InlineData("BRA", "latin-american-and-caribbean")]
    [InlineData("SUR", "latin-american-and-caribbean")]
    [InlineData("TUR", "western-european-and-others")]
    [InlineData("ISR", "western-european-and-others")]
    [InlineData("USA", "western-european-and-others")]
    [InlineData("AUS", "western-european-and-others")]
    [InlineData("NZL", "western-european-and-others")]
    public void PlacesTheMemberStateInItsUnRegionalGroup(string id, string group) =>
        Assert.Equal(group, State(id).UnRegionalGroup);

    [Fact]
    public void CountsTheMembersOfEachGroup() =>
        Assert.Equal(
            [("african", 54), ("asia-pacific", 54), ("eastern-european", 23), ("latin-american-and-caribbean", 33), ("western-european-and-others", 29)],
            MemberStates().GroupBy(state => state.UnRegionalGroup!).OrderBy(group => group.Key, StringComparer.Ordinal)
                .Select(group => (group.Key, group.Count())));

    [Theory]
    [InlineData("AFG", true)]
    [InlineData("HTI", true)]
    [InlineData("TUV", true)]
    [InlineData("SLB", true)]
    [InlineData("KHM", true)]
    [InlineData("SEN", true)]
    [InlineData("AGO", true)]
    [InlineData("BTN", false)]
    [InlineData("STP", false)]
    [InlineData("BGD", false)]
    [InlineData("LAO", false)]
    [InlineData("NPL", false)]
    [InlineData("VUT", false)]
    [InlineData("BRA", false)]
    public void ListsTheLeastDevelopedCountriesAsOfTheGraduationsOf2026(string id, bool leastDeveloped) =>
        Assert.Equal(leastDeveloped, State(id).LeastDeveloped);

    [Theory]
    [InlineData("JAM", true)]
    [InlineData("SGP", true)]
    [InlineData("BHR", true)]
    [InlineData("GUY", true)]
    [InlineData("BLZ", true)]
    [InlineData("PNG", true)]
    [InlineData("TLS", true)]
    [InlineData("MDV", true)]
    [InlineData("CPV", true)]
    [InlineData("GNB", true)]
    [InlineData("MLT", false)]
    [InlineData("CYP", false)]
    [InlineData("ISL", false)]
    [InlineData("NZL", false)]
    public void FlagsTheSmallIslandDevelopingStates(string id, bool smallIslandDeveloping) =>
        Assert.Equal(smallIslandDeveloping, State(id).SmallIslandDeveloping);

    [Fact]
    public void CountsTheLeastDevelopedAndTheSmallIslandDevelopingStates() =>
        Assert.Equal((41, 38), (MemberStates().Count(state => state.LeastDeveloped == true), MemberStates().Count(state => state.SmallIslandDeveloping == true)));

    [Fact]
    public void CallsGlobalOnlyTheBodiesThatAreGlobal()
    {
        var seed = SeedNamesTests.Seed();

        Assert.Equal(
            ["icann", "ietf", "isoc", "itu", "nro", "unesco", "w3c", "wipo"],
            seed.Where(respondent => respondent.Region == RespondentRules.GlobalRegion).Select(respondent => respondent.Id).Order(StringComparer.Ordinal));
        Assert.Equal("europe", seed.Single(respondent => respondent.Id == "coe").Region);
    }

    private static List<Respondent> MemberStates() =>
        [.. SeedNamesTests.Seed().Where(respondent => respondent.Kind == RespondentKind.MemberState)];

    private static Respondent State(string id) => MemberStates().Single(state => state.Id == id);
}
