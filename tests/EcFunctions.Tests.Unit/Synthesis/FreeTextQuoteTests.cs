using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

public sealed class FreeTextQuoteTests
{
    [Fact]
    public void QuotesEveryLineAndShowsRespondentsHtmlAsText()
    {
        var quote = FreeTextQuote.Of("First line\r\n<script>alert(1)</script>\nLast line");

        Assert.Equal("> First line\n> &lt;script>alert(1)&lt;/script>\n> Last line\n", quote.Markdown);
        Assert.StartsWith("<blockquote>", quote.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", quote.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Last line", quote.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void IsPlacedByItsTextAloneSoTheSameAnswerFallsInTheSamePlaceInEveryLanguage()
    {
        Assert.Equal(FreeTextQuote.Of("Capacity building").Order, FreeTextQuote.Of("Capacity building").Order);
        Assert.NotEqual(FreeTextQuote.Of("Capacity building").Order, FreeTextQuote.Of("Capacity-building").Order);
    }
}
