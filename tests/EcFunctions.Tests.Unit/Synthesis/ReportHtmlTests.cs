using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

public sealed class ReportHtmlTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](  javascript:alert(1) )")]
    [InlineData("[click](java\u0000script:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[click][ref]\n\n[ref]: javascript:alert(1)")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("<a href=\"javascript:alert(1)\">click</a>")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("> [quoted](javascript:alert(1))")]
    [InlineData("| a |\n| - |\n| [cell](javascript:alert(1)) |")]
    public void NoHostileMarkdownOrHtmlBecomesALinkOrMarkup(string markdown)
    {
        var html = ReportHtml.FromMarkdown(markdown);

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"data", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"vbscript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a href=\"java", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[IGF](https://www.intgovforum.org/)", "<a href=\"https://www.intgovforum.org/\">IGF</a>")]
    [InlineData("<https://www.itu.int/>", "<a href=\"https://www.itu.int/\">https://www.itu.int/</a>")]
    [InlineData("[write](mailto:focal@example.org)", "<a href=\"mailto:focal@example.org\">write</a>")]
    public void KeepsWebAndMailLinks(string markdown, string link) =>
        Assert.Contains(link, ReportHtml.FromMarkdown(markdown), StringComparison.Ordinal);

    [Fact]
    public void KeepsAnUnsafeLinksTextInPlace() =>
        Assert.Equal("<p>see the annex here</p>\n", ReportHtml.FromMarkdown("see the [annex](javascript:x) here"));
}
