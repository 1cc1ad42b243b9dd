using EcFunctions.Contributions;
using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

public sealed class ContributionChannelsTests
{
    private static readonly Contributor[] Respondents =
    [
        new("BRA", "Brazil", "governments", "americas", Named: true),
        new("diplo", "DiploFoundation", "technical-and-academic-community", null, Named: true),
        new("apc", "APC", "civil-society", null, Named: false),
    ];

    private static readonly Contribution[] Registered =
    [
        new("paper-1", ContributionChannel.Written, "Internet Society", "technical-and-academic-community", "A paper", "en", new DateOnly(2026, 3, 2), Named: true),
    ];

    [Fact]
    public void TheTechnicalAndAcademicCommunityHasARowOfItsOwnByDefault()
    {
        var channels = ContributionChannels.Of(Respondents, Registered, foldTechnicalInto: null);

        Assert.Equal(SecretaryGeneralGroups.All, channels.Groups.Select(row => row.Group));
        var technical = channels.Groups.Single(row => row.Group == SecretaryGeneralGroups.TechnicalAndAcademicCommunity);
        Assert.Equal((1, 1, 2), (technical.Questionnaire, technical.Written, technical.Total));
        Assert.Equal(["DiploFoundation", "Internet Society"], channels.Annex.Single(group => group.Group == SecretaryGeneralGroups.TechnicalAndAcademicCommunity).Names);
    }

    [Fact]
    public void FoldedTheTechnicalAndAcademicCommunityCountsAndIsNamedInTheGroupItIsFoldedInto()
    {
        var channels = ContributionChannels.Of(Respondents, Registered, foldTechnicalInto: SecretaryGeneralGroups.CivilSociety);

        Assert.DoesNotContain(channels.Groups, row => row.Group == SecretaryGeneralGroups.TechnicalAndAcademicCommunity);
        var civilSociety = channels.Groups.Single(row => row.Group == SecretaryGeneralGroups.CivilSociety);
        Assert.Equal((2, 1, 3), (civilSociety.Questionnaire, civilSociety.Written, civilSociety.Total));
        Assert.Equal(4, channels.Total.Total);
        Assert.Equal(SecretaryGeneralGroups.CivilSociety, channels.Registered.Single().SecretaryGeneralGroup);
        // APC declined: folded in with those who consented, it is still not named.
        Assert.Equal(["DiploFoundation", "Internet Society"], channels.Annex.Single(group => group.Group == SecretaryGeneralGroups.CivilSociety).Names);
    }
}
