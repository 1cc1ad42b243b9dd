using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes <c>report.docx</c> as a United Nations report reads: a title page, headings, the body's
/// paragraphs numbered, quotations indented, tables with numbered captions (<see cref="WordBody"/>).
/// The body comes from a temporary file, written while the responses streamed, so memory holds none of
/// it, however many answers the report quotes.
/// </summary>
internal static class ReportDocument
{
    private static readonly string Start =
        $"<?xml version=\"1.0\" encoding=\"utf-8\"?><w:document xmlns:w=\"{new Document().NamespaceUri}\"><w:body>";

    private static readonly string End = new SectionProperties(
        new PageSize { Width = 11906, Height = 16838 },
        new PageMargin { Top = 1440, Bottom = 1440, Left = 1134, Right = 1134, Header = 720, Footer = 720, Gutter = 0 }).OuterXml + "</w:body></w:document>";

    /// <summary>Writes the document in <paramref name="language"/> to <paramref name="output"/>, its body's Word XML written by <paramref name="body"/>.</summary>
    public static void Write(ReportLanguage language, Action<Stream> body, Stream output)
    {
        using var package = new WriteOnlyPackage();
        using (var document = WordprocessingDocument.Create(package.Skeleton, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = WordStyles.Styles(language.Code);
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = WordStyles.Numbering();
            var part = package.Part(main);
            part.Write(Encoding.UTF8.GetBytes(Start));
            body(part);
            part.Write(Encoding.UTF8.GetBytes(End));
        }

        package.CopyTo(output);
    }
}
