using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace EcFunctions.Synthesis;

/// <summary>
/// A free-text answer as every language's report quotes it: the quotation is the same in all six, only
/// the line naming its author and language differs, so it is rendered to HTML and Word once, not once a language.
/// </summary>
/// <param name="Markdown">The quotation as a Markdown block quote, respondents' HTML shown as text.</param>
/// <param name="Html">The same rendered.</param>
/// <param name="Word">The same as the paragraphs of a Word body (<see cref="WordBody.Quote"/>).</param>
/// <param name="Order">
/// Where it goes among the quotes of its set: by its text's hash (the first 8 bytes of its SHA-256), not as
/// the answers came, since they come in respondent order and a reader who knows who declined in a set
/// would read that order as names.
/// </param>
internal sealed record FreeTextQuote(string Markdown, string Html, string Word, ulong Order)
{
    public static FreeTextQuote Of(string text)
    {
        var markdown = new StringBuilder();
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            markdown.Append("> ").Append(line.Replace("<", "&lt;", StringComparison.Ordinal)).Append('\n');
        }

        var quote = markdown.ToString();
        var document = ReportHtml.Parse(quote);
        return new FreeTextQuote(quote, ReportHtml.Render(document), WordBody.Quote(document), BinaryPrimitives.ReadUInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(quote))));
    }
}
