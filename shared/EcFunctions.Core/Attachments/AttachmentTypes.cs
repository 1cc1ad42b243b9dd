using System.IO.Compression;
using System.Text;

namespace EcFunctions.Attachments;

/// <summary>
/// The file types a response may carry, told apart by their content, never by name or declared type:
/// PDF by its <c>%PDF-</c> signature; DOCX and ODT are ZIP packages, told apart by what they hold
/// (Office Open XML's <c>[Content_Types].xml</c> and <c>word/document.xml</c>; OpenDocument's
/// <c>mimetype</c> entry naming a text document).
/// </summary>
public static class AttachmentTypes
{
    /// <summary>PDF.</summary>
    public const string Pdf = "application/pdf";

    /// <summary>Word document (Office Open XML).</summary>
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>OpenDocument text.</summary>
    public const string Odt = "application/vnd.oasis.opendocument.text";

    /// <summary>The file name extension of each accepted type.</summary>
    public static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>
    {
        [Pdf] = ".pdf", [Docx] = ".docx", [Odt] = ".odt",
    };

    private static ReadOnlySpan<byte> PdfSignature => "%PDF-"u8;

    private static ReadOnlySpan<byte> ZipSignature => "PK\u0003\u0004"u8;

    /// <summary>The media type of <paramref name="content"/>, or null when it is none of the accepted types.</summary>
    public static string? Detect(byte[] content)
    {
        if (content.AsSpan().StartsWith(PdfSignature))
        {
            return Pdf;
        }

        if (!content.AsSpan().StartsWith(ZipSignature))
        {
            return null;
        }

        try
        {
            // Only the central directory and the tiny mimetype entry are read: nothing is inflated at size.
            using var package = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            if (package.GetEntry("mimetype") is { Length: < 128 } mimetype)
            {
                using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
                return reader.ReadToEnd().Trim() == Odt ? Odt : null;
            }

            return package.GetEntry("[Content_Types].xml") is not null && package.GetEntry("word/document.xml") is not null ? Docx : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
