using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EcFunctions.Synthesis;

/// <summary>
/// The report's Markdown as HTML, safe to open in a browser although respondents wrote much of it:
/// their HTML renders as text, and of their links only <c>http</c>, <c>https</c> and <c>mailto</c>
/// ones stay links; any other (<c>javascript:</c>, <c>data:</c>, relative) is shown as its text.
/// </summary>
internal static class ReportHtml
{
    internal static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().DisableHtml().Build();

    private static readonly string[] AllowedSchemes = [Uri.UriSchemeHttp, Uri.UriSchemeHttps, Uri.UriSchemeMailto];

    /// <summary>Renders <paramref name="markdown"/>.</summary>
    public static string FromMarkdown(string markdown) => Render(Parse(markdown));

    /// <summary><paramref name="markdown"/> parsed, its links outside the allowed schemes made text.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var document = Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(link => !Allowed(link.Url)).ToList())
        {
            // The link's text stays where the link was.
            while (link.FirstChild is { } child)
            {
                child.Remove();
                link.InsertBefore(child);
            }

            link.ReplaceBy(new LiteralInline(link.IsImage ? $"[image: {link.Url}]" : ""));
        }

        foreach (var autolink in document.Descendants<AutolinkInline>().Where(autolink => !Allowed(autolink.Url)).ToList())
        {
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }

        return document;
    }

    /// <summary>Renders a document <see cref="Parse"/> gave.</summary>
    public static string Render(MarkdownDocument document) => document.ToHtml(Pipeline);

    private static bool Allowed(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && AllowedSchemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase);
}
