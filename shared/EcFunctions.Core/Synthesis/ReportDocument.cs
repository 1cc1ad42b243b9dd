using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PipeTable = Markdig.Extensions.Tables.Table;
using MarkdownTableCell = Markdig.Extensions.Tables.TableCell;
using MarkdownTableRow = Markdig.Extensions.Tables.TableRow;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes <c>report.docx</c> from the report's committed Markdown, as a United Nations report reads: a
/// title page, headings, the body's paragraphs numbered, quotations indented, and every table a real
/// Word table with a repeated header row and a numbered caption, its heading. The Markdown is read a
/// block (lines up to a blank one) at a time and the document written through the Open XML SDK's
/// streaming writer, so memory holds one block, however many answers the report quotes.
/// </summary>
internal static class ReportDocument
{
    /// <summary>Converts <paramref name="markdown"/> (report.md) into a Word document on <paramref name="output"/>.</summary>
    public static async Task WriteAsync(Stream markdown, ReportLanguage language, Stream output, CancellationToken cancellationToken)
    {
        using var package = new WriteOnlyPackage();
        using (var document = WordprocessingDocument.Create(package.Skeleton, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Styles(language.Code);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordStyles.Numbering();
            using var writer = package.Writer(main);
            await WriteBodyAsync(markdown, language, writer, cancellationToken);
        }

        package.CopyTo(output);
    }

    private static async Task WriteBodyAsync(Stream markdown, ReportLanguage language, OpenXmlWriter writer, CancellationToken cancellationToken)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new Document());
        writer.WriteStartElement(new Body());
        var body = new BodyWriter(writer, language);
        using var reader = new StreamReader(markdown, Encoding.UTF8);
        var block = new StringBuilder();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length > 0)
            {
                block.Append(line).Append('\n');
                continue;
            }

            body.Write(block.ToString());
            block.Clear();
        }

        body.Write(block.ToString());
        writer.WriteElement(new SectionProperties(
            new PageSize { Width = 11906, Height = 16838 },
            new PageMargin { Top = 1440, Bottom = 1440, Left = 1134, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }));
        writer.WriteEndElement();
        writer.WriteEndElement();
    }

    /// <summary>Writes the blocks of the body in turn, remembering the last heading, which captions the tables under it.</summary>
    private sealed class BodyWriter(OpenXmlWriter writer, ReportLanguage language)
    {
        private string heading = "";
        private int tables;

        public void Write(string markdown)
        {
            if (markdown.Length == 0)
            {
                return;
            }

            foreach (var block in Markdig.Markdown.Parse(markdown, ReportHtml.Pipeline))
            {
                Block(block);
            }
        }

        private void Block(Block block)
        {
            switch (block)
            {
                case HeadingBlock { Level: 1 } title:
                    writer.WriteElement(Paragraph(WordStyles.Title, Runs(title.Inline)));
                    writer.WriteElement(Paragraph(WordStyles.Subtitle, [Run(language["office.subtitle"])]));
                    writer.WriteElement(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                    break;
                case HeadingBlock section:
                    heading = Text(section.Inline);
                    writer.WriteElement(Paragraph(WordStyles.Heading(section.Level), Runs(section.Inline)));
                    break;
                case PipeTable table:
                    writer.WriteElement(Paragraph(WordStyles.Caption, [Run(language.Format("office.caption", ++tables, heading))]));
                    writer.WriteElement(Table(table));
                    break;
                case QuoteBlock quote:
                    foreach (var leaf in quote.Descendants<LeafBlock>())
                    {
                        writer.WriteElement(Paragraph(WordStyles.Quote, Runs(leaf)));
                    }

                    break;
                case ParagraphBlock paragraph:
                    // The body's own sentences are numbered; a line naming a quotation's author or source is not.
                    var numbered = paragraph.Inline?.FirstChild is not EmphasisInline && !Text(paragraph.Inline).StartsWith('—');
                    writer.WriteElement(Paragraph(numbered ? WordStyles.Numbered : WordStyles.Plain, Runs(paragraph)));
                    break;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Block(child);
                    }

                    break;
                case LeafBlock leaf:
                    writer.WriteElement(Paragraph(WordStyles.Plain, Runs(leaf)));
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
}
