using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

public sealed class SpreadsheetCellsTests
{
    [Theory]
    [InlineData("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0")]
    [InlineData("+1+1", "'+1+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(1+1)", "'@SUM(1+1)")]
    [InlineData("\t=1", "'\t=1")]
    [InlineData("\r=1", "'\r=1")]
    [InlineData("Remote participation", "Remote participation")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void PrefixesCellsASpreadsheetWouldEvaluate(string cell, string expected) =>
        Assert.Equal(expected, SpreadsheetCells.Neutralise(cell));
}
