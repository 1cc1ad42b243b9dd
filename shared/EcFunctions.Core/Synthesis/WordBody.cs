using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
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
/// (<see cref="Quote"/>, <see cref="AuthorLine"/>): the quotation once for all six languages.
/// </summary>
internal sealed class WordBody(ReportLanguage language)
{
    private static readonly string ParagraphsNamespace = $" xmlns:w=\"{new Paragraph().NamespaceUri}\"";

    private string heading = "";
    private int tables;
    private readonly StringBuilder xml = new();

    /// <summary>The blocks of <paramref name="markdown"/> as Word XML; a table's caption counts the tables converted before it.</summary>
    public string Xml(string markdown)
    {
        xml.Clear();
        foreach (var block in Markdig.Markdown.Parse(markdown, ReportHtml.Pipeline))
        {
            Block(block);
        }

        return xml.ToString();
    }

    /// <summary>A quotation's paragraphs (<see cref="ReportHtml.Parse"/>d), the same in every language.</summary>
    public static string Quote(MarkdownDocument quote) =>
        string.Concat(quote.Descendants<LeafBlock>().Select(leaf => Element(Paragraph(WordStyles.Quote, Runs(leaf)))));

    /// <summary>
    /// The line under a quotation naming its author and language, plain and not numbered. Written as
    /// text: it is written for every answer in every language, where the SDK's elements would cost the most.
    /// </summary>
    public static string AuthorLine(string name, string languageName) =>
        $"<w:p><w:pPr><w:pStyle w:val=\"{WordStyles.Plain}\"/></w:pPr><w:r><w:t xml:space=\"preserve\">— </w:t></w:r>" +
        $"<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">{Escape(name)}</w:t></w:r><w:r><w:t xml:space=\"preserve\"> ({Escape(languageName)})</w:t></w:r></w:p>";

    private void Write(OpenXmlElement element) => xml.Append(Element(element));

    /// <summary>An element's XML without the namespace declaration the document's root already makes.</summary>
    private static string Element(OpenXmlElement element) => element.OuterXml.Replace(ParagraphsNamespace, "", StringComparison.Ordinal);

    private static string Escape(string text) => System.Security.SecurityElement.Escape(text.ReplaceLineEndings(" "));

    private void Block(Block block)
    {
        switch (block)
        {
            case HeadingBlock { Level: 1 } title:
                Write(Paragraph(WordStyles.Title, Runs(title.Inline)));
                Write(Paragraph(WordStyles.Subtitle, [Run(language["office.subtitle"])]));
                Write(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                break;
            case HeadingBlock section:
                heading = Text(section.Inline);
                Write(Paragraph(WordStyles.Heading(section.Level), Runs(section.Inline)));
                break;
            case PipeTable table:
                Write(Paragraph(WordStyles.Caption, [Run(language.Format("office.caption", ++tables, heading))]));
                Write(Table(table));
                break;
            case QuoteBlock quote:
                foreach (var leaf in quote.Descendants<LeafBlock>())
                {
                    Write(Paragraph(WordStyles.Quote, Runs(leaf)));
                }

                break;
            case ParagraphBlock paragraph:
                // The body's own sentences are numbered; a line naming a quotation's author or source is not.
                var numbered = paragraph.Inline?.FirstChild is not EmphasisInline && !Text(paragraph.Inline).StartsWith('—');
                Write(Paragraph(numbered ? WordStyles.Numbered : WordStyles.Plain, Runs(paragraph)));
                break;
            case ContainerBlock container:
                foreach (var child in container)
                {
                    Block(child);
                }

                break;
            case LeafBlock leaf:
                Write(Paragraph(WordStyles.Plain, Runs(leaf)));
                break;
        }
    }

    private static Table Table(PipeTable markdown)
    {
        var rows = markdown.OfType<MarkdownTableRow>().ToList();
        var columns = rows.Max(row => row.Count);
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = WordStyles.Table }, new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLook { FirstRow = true, FirstColumn = false, LastRow = false, LastColumn = false, NoHorizontalBand = true, NoVerticalBand = true }),
            new TableGrid(Enumerable.Range(0, columns).Select(_ => new GridColumn())));
        foreach (var row in rows)
        {
            var word = new TableRow();
            if (row.IsHeader)
            {
                word.Append(new TableRowProperties(new TableHeader()));
            }

            foreach (var cell in row.OfType<MarkdownTableCell>())
            {
                word.Append(new TableCell(Paragraph(null, cell.Descendants<LeafBlock>().SelectMany(Runs))));
            }

            for (var missing = row.Count; missing < columns; missing++)
            {
                word.Append(new TableCell(new Paragraph()));
            }

            table.Append(word);
        }

        return table;
    }

    private static Paragraph Paragraph(string? style, IEnumerable<Run> runs)
    {
        var paragraph = style is null ? new Paragraph() : new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(runs);
        return paragraph;
    }

    private static IEnumerable<Run> Runs(LeafBlock leaf) =>
        leaf.Inline is { } inline ? Runs(inline) : [Run(leaf.Lines.ToString())];

    private static IEnumerable<Run> Runs(ContainerInline? container, bool bold = false, bool italic = false)
    {
        for (var inline = container?.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            var runs = inline switch
            {
                EmphasisInline emphasis => Runs(emphasis, bold || emphasis.DelimiterCount >= 2, italic || emphasis.DelimiterCount == 1),
                LinkInline { IsImage: true } image => [Run($"[image: {image.Url}]", bold, italic)],
                ContainerInline child => Runs(child, bold, italic),
                LineBreakInline { IsHard: true } => [new Run(new Break())],
                _ => [Run(Text(inline), bold, italic)],
            };
            foreach (var run in runs)
            {
                yield return run;
            }
        }
    }

    private static Run Run(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            run.Append(new RunProperties(bold ? [new Bold(), .. italic ? new[] { new Italic() } : []] : [new Italic()]));
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
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
