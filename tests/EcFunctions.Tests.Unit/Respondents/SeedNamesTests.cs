using System.Runtime.CompilerServices;
using EcFunctions.Respondents;

namespace EcFunctions.Tests.Unit.Respondents;

/// <summary>The seed registry names Member States as UN documents do (UN M49 / UNTERM short names).</summary>
public sealed class SeedNamesTests
{
    private static readonly string[] Groups =
        ["governments", "intergovernmental-and-international-organisations", "civil-society", "private-sector", "technical-and-academic-community"];

    [Theory]
    [InlineData("CIV", "Côte d'Ivoire")]
    [InlineData("COD", "Democratic Republic of the Congo")]
    [InlineData("PRK", "Democratic People's Republic of Korea")]
    [InlineData("KOR", "Republic of Korea")]
    [InlineData("RUS", "Russian Federation")]
    [InlineData("IRN", "Iran (Islamic Republic of)")]
    [InlineData("SYR", "Syrian Arab Republic")]
    [InlineData("VNM", "Viet Nam")]
    [InlineData("LAO", "Lao People's Democratic Republic")]
    [InlineData("TZA", "United Republic of Tanzania")]
    [InlineData("BOL", "Bolivia (Plurinational State of)")]
    [InlineData("VEN", "Venezuela (Bolivarian Republic of)")]
    [InlineData("USA", "United States of America")]
    [InlineData("GBR", "United Kingdom of Great Britain and Northern Ireland")]
    [InlineData("CPV", "Cabo Verde")]
    [InlineData("BRN", "Brunei Darussalam")]
    [InlineData("FSM", "Micronesia (Federated States of)")]
    [InlineData("MDA", "Republic of Moldova")]
    [InlineData("TUR", "Türkiye")]
    [InlineData("CZE", "Czechia")]
    [InlineData("COG", "Congo")]
    [InlineData("NLD", "Netherlands (Kingdom of the)")]
    public void NamesTheMemberStateByItsUnShortName(string id, string name) =>
        Assert.Equal(name, Seed().Single(respondent => respondent.Id == id).DisplayName);

    [Fact]
    public void HoldsTheHundredAndNinetyThreeMemberStatesEachNamedOnce()
    {
        var states = Seed().Where(respondent => respondent.Kind == RespondentKind.MemberState).ToList();

        Assert.Equal(193, states.Count);
        Assert.Equal(193, states.Select(state => state.DisplayName).Distinct(StringComparer.Ordinal).Count());
    }

    internal static List<Respondent> Seed([CallerFilePath] string source = "")
    {
        using var file = File.OpenText(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "seed", "respondents.csv"));
        var (respondents, errors) = RespondentCsv.Read(file, Groups);
        Assert.Empty(errors);
        return respondents;
    }
}
