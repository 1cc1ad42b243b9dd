using EcFunctions.Respondents;
using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

public sealed class RegistryWalkTests
{
    private static readonly Respondent[] Registry =
    [
        State("ARG", "Argentina"), State("BRA", "Brazil"), State("CHN", "China", active: false), State("KEN", "Kenya"),
        Organisation("icann", "ICANN"), Organisation("itu", "ITU"), Organisation("oecd", "OECD", active: false), Organisation("w3c", "W3C"),
    ];

    [Fact]
    public async Task CountsTheRowsPassedBetweenAndAfterTheHeadsAsRespondentsWithoutAResponse()
    {
        await using var walk = new RegistryWalk(Registry.ToAsyncEnumerable());

        await FoundAsync(walk, "BRA", responded: true);
        await FoundAsync(walk, "itu", responded: true);
        await walk.FinishAsync();

        Assert.Equal(
            [new KindResponseRate(RespondentKind.MemberState, 3, 1, 0.3333), new KindResponseRate(RespondentKind.Organisation, 3, 1, 0.3333),
             new KindResponseRate(RespondentKind.OtherStakeholder, 0, 0, 0)],
            walk.Rates());
        Assert.Equal(["ARG", "KEN", "icann", "w3c"], walk.NotResponded().Select(respondent => respondent.Id));
        Assert.Equal(["icann", "oecd", "w3c"], walk.OrganisationsWithoutResponse.Select(respondent => respondent.Id));
    }

    [Fact]
    public async Task CountsADeactivatedRespondentOnlyWhenItAnsweredAndAnUnreadableAnswerAsNone()
    {
        await using var walk = new RegistryWalk(Registry.ToAsyncEnumerable());

        await FoundAsync(walk, "CHN", responded: true);
        await FoundAsync(walk, "KEN", responded: false);
        await FoundAsync(walk, "oecd", responded: false);
        await walk.FinishAsync();

        Assert.Equal(new KindResponseRate(RespondentKind.MemberState, 4, 1, 0.25), walk.Rates()[0]);
        Assert.Equal(new KindResponseRate(RespondentKind.Organisation, 3, 0, 0), walk.Rates()[1]);
        // Kenya's answer could not be read, so it stands among those who did not answer; its head was there, so
        // its earlier work is not looked for as though it had sent nothing.
        Assert.Contains(walk.NotResponded(), respondent => respondent.Id == "KEN");
        Assert.DoesNotContain(walk.OrganisationsWithoutResponse, respondent => respondent.Id == "oecd");
    }

    [Fact]
    public async Task FindsNoRowForAnUnregisteredRespondentAndStillFindsTheNext()
    {
        await using var walk = new RegistryWalk(Registry.ToAsyncEnumerable());

        Assert.Null(await walk.FindAsync("BRB", responded: true));
        Assert.Equal("Kenya", (await walk.FindAsync("KEN", responded: true))?.DisplayName);
    }

    private static async Task FoundAsync(RegistryWalk walk, string id, bool responded) =>
        Assert.NotNull(await walk.FindAsync(id, responded));

    private static Respondent State(string id, string name, bool active = true) =>
        new(id, RespondentKind.MemberState, "government", "americas", true, name, null, null, active);

    private static Respondent Organisation(string id, string name, bool active = true) =>
        new(id, RespondentKind.Organisation, "intergovernmental", "global", null, name, null, null, active);
}
