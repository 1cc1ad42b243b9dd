using System.Security;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PipeTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace EcFunctions.Synthesis;

/// <summary>
/// The body of <c>report.docx</c> as Word XML, from the report's Markdown a fragment at a time, in the
/// order the fragments stand in the report: headings, the body's paragraphs numbered, quotations
/// indented, and every table a real Word table with a repeated header row and a numbered caption, the
/// heading above it. A quotation and the line under it are the bulk of a report and are written apart
/// (<see cref="Quote"/>, <see cref="AuthorLine"/>): the quotation once for all six languages. The XML
/// is written as text, in the <c>w</c> prefix the document's root declares: the Open XML SDK's element
/// objects cost far more, per quotation, than the few tags they stand for.
/// </summary>
internal sealed class WordBody(ReportLanguage language)
{
    private StringBuilder xml = new();
    private string heading = "";
    private int tables;

    /// <summary>The blocks of <paramref name="markdown"/> as Word XML; a table's caption counts the tables converted before it.</summary>
    public string Xml(string markdown)
    {
        // A new builder each time: one the report's tables grew stayed that large, in every language, to the end of the synthesis.
        xml = new StringBuilder();
        foreach (var block in Markdig.Markdown.Parse(markdown, ReportHtml.Pipeline))
        {
            Block(block);
        }

        return xml.ToString();
    }

    /// <summary>A quotation's paragraphs (<see cref="ReportHtml.Parse"/>d), the same in every language.</summary>
    public static string Quote(MarkdownDocument quote)
    {
        var xml = new StringBuilder();
        foreach (var leaf in quote.Descendants<LeafBlock>())
        {
            Paragraph(xml, WordStyles.Quote, Runs(leaf));
        }

        return xml.ToString();
    }

    /// <summary>The line under a quotation naming its author and language, plain and not numbered.</summary>
    public static string AuthorLine(string name, string languageName)
    {
        var xml = new StringBuilder();
        Paragraph(xml, WordStyles.Plain, [new Run("— "), new Run(name.ReplaceLineEndings(" "), Italic: true), new Run($" ({languageName.ReplaceLineEndings(" ")})")]);
        return xml.ToString();
    }

    private void Block(Block block)
    {
        switch (block)
        {
            case HeadingBlock { Level: 1 } title:
                Paragraph(xml, WordStyles.Title, Runs(title.Inline));
                Paragraph(xml, WordStyles.Subtitle, [new Run(language["office.subtitle"])]);
                xml.Append("<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>");
                break;
            case HeadingBlock section:
                heading = Text(section.Inline);
                Paragraph(xml, WordStyles.Heading(section.Level), Runs(section.Inline));
                break;
            case PipeTable table:
                Paragraph(xml, WordStyles.Caption, [new Run(language.Format("office.caption", ++tables, heading))]);
                Table(table);
                break;
            case QuoteBlock quote:
                foreach (var leaf in quote.Descendants<LeafBlock>())
                {
                    Paragraph(xml, WordStyles.Quote, Runs(leaf));
                }

                break;
            case ParagraphBlock paragraph:
                // The body's own sentences are numbered; a line naming a quotation's author or source is not.
                var numbered = paragraph.Inline?.FirstChild is not EmphasisInline && !Text(paragraph.Inline).StartsWith('—');
                Paragraph(xml, numbered ? WordStyles.Numbered : WordStyles.Plain, Runs(paragraph));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Block(child);
                }

                break;
            case LeafBlock leaf:
                Paragraph(xml, WordStyles.Plain, Runs(leaf));
                break;
        }
    }

    private void Table(PipeTable markdown)
    {
        var rows = markdown.OfType<MarkdownTableRow>().ToList();
        var columns = rows.Max(row => row.Count);
        xml.Append("<w:tbl><w:tblPr><w:tblStyle w:val=\"").Append(WordStyles.Table).Append("\"/><w:tblW w:w=\"5000\" w:type=\"pct\"/>")
            .Append("<w:tblLook w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/></w:tblPr><w:tblGrid>")
            .Insert(xml.Length, "<w:gridCol/>", columns).Append("</w:tblGrid>");
        foreach (var row in rows)
        {
            xml.Append(row.IsHeader ? "<w:tr><w:trPr><w:tblHeader/></w:trPr>" : "<w:tr>");
            foreach (var cell in row.OfType<MarkdownTableCell>())
            {
                xml.Append("<w:tc>");
                Paragraph(xml, null, cell.Descendants<LeafBlock>().SelectMany(Runs));
                xml.Append("</w:tc>");
            }

            xml.Insert(xml.Length, "<w:tc><w:p/></w:tc>", columns - row.Count).Append("</w:tr>");
        }

        xml.Append("</w:tbl>");
    }

    /// <summary>A run of text, bold or italic or both; a line break where its text is null.</summary>
    private readonly record struct Run(string? Text, bool Bold = false, bool Italic = false);

    private static void Paragraph(StringBuilder xml, string? style, IEnumerable<Run> runs)
    {
        xml.Append("<w:p>");
        if (style is not null)
        {
            xml.Append("<w:pPr><w:pStyle w:val=\"").Append(style).Append("\"/></w:pPr>");
        }

        foreach (var run in runs)
        {
            xml.Append("<w:r>");
            if (run.Bold || run.Italic)
            {
                xml.Append("<w:rPr>").Append(run.Bold ? "<w:b/>" : "").Append(run.Italic ? "<w:i/>" : "").Append("</w:rPr>");
            }

            xml.Append(run.Text is null ? "<w:br/>" : $"<w:t xml:space=\"preserve\">{SecurityElement.Escape(run.Text)}</w:t>").Append("</w:r>");
        }

        xml.Append("</w:p>");
    }

    private static IEnumerable<Run> Runs(LeafBlock leaf) =>
        leaf.Inline is { } inline ? Runs(inline) : [new Run(leaf.Lines.ToString())];

    private static IEnumerable<Run> Runs(ContainerInline? container, bool bold = false, bool italic = false)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var runs = inline switch
            {
                EmphasisInline emphasis => Runs(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1),
                LinkInline { IsImage: true } image => [new Run($"[image: {image.Url}]", bold, italic)],
                ContainerInline child => Runs(child, bold, italic),
                LineBreakInline { IsHard: true } => [new Run(null)],
                _ => [new Run(Text(inline), bold, italic)],
            };
            foreach (var run in runs)
            {
                yield return run;
            }
        }
    }

    /// <summary>An inline's text as a reader sees it: entities decoded, markup gone.</summary>
    private static string Text(Inline? inline) => inline switch
    {
        null => "",
        LiteralInline literal => literal.Content.ToString(),
        HtmlEntityInline entity => entity.Transcoded.ToString(),
        CodeInline code => code.Content,
        AutolinkInline autolink => autolink.Url,
        LineBreakInline => " ",
        HtmlInline html => html.Tag,
        ContainerInline container => string.Concat(container.Select(Text)),
        _ => "",
    };
}
