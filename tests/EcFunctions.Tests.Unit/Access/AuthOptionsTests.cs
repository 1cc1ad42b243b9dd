using EcFunctions.Access;

namespace EcFunctions.Tests.Unit.Access;

public sealed class AuthOptionsTests
{
    [Fact]
    public void ParsesPrincipalToRespondentPairsIgnoringCaseOfNames()
    {
        var map = new AuthOptions { EasyAuthRespondents = " focal@itamaraty.example = BRA ;someone@itu.example=itu;" }.EasyAuthRespondentMap();

        Assert.NotNull(map);
        Assert.Equal("BRA", map["FOCAL@itamaraty.example"]);
        Assert.Equal("itu", map["someone@itu.example"]);
    }

    [Theory]
    [InlineData("focal@itamaraty.example")]
    [InlineData("=BRA")]
    [InlineData("a=b=c")]
    [InlineData("x@y.example=BRA;X@Y.example=ARG")]
    public void RefusesMalformedOrRepeatedPairs(string setting) =>
        Assert.Null(new AuthOptions { EasyAuthRespondents = setting }.EasyAuthRespondentMap());

    [Fact]
    public void ReadsAnEmptySettingAsNoMapping() =>
        Assert.Empty(new AuthOptions().EasyAuthRespondentMap()!);
}
