using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Attachments;

/// <summary>
/// The name an attachment is shown and offered for download under, made from whatever name the
/// upload gave: never a path, never a character that hides or reorders what a reader sees, and
/// always ending in the extension of the type its content was found to be, so a file that is a PDF
/// is never saved as <c>.exe</c>.
/// </summary>
public static class AttachmentNames
{
    private const int Longest = 200;

    /// <summary>
    /// The safe display name of a file uploaded in <paramref name="request"/>'s body, of <paramref name="mediaType"/>:
    /// from <c>Content-Disposition: attachment; filename*=UTF-8''...</c> (or <c>filename="..."</c>).
    /// </summary>
    public static string FromRequest(HttpRequest request, string mediaType) => Safe(
        ContentDispositionHeaderValue.TryParse(request.Headers.ContentDisposition.ToString(), out var disposition)
            ? (disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : HeaderUtilities.RemoveQuotes(disposition.FileName).Value)
            : null,
        mediaType);

    /// <summary>The safe display name for <paramref name="given"/>, an attachment of <paramref name="mediaType"/>.</summary>
    public static string Safe(string? given, string mediaType)
    {
        var extension = AttachmentTypes.Extensions[mediaType];
        var lastSegment = (given ?? "").Split('/', '\\')[^1];
        var visible = new StringBuilder();
        foreach (var rune in lastSegment.EnumerateRunes())
        {
            if (Shown(rune))
            {
                visible.Append(rune.ToString());
            }
        }

        // Dots and spaces at the ends make names like "..", hidden files, or names Windows trims.
        var name = visible.ToString().Trim().Trim('.').Trim();
        if (!name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
        {
            name += extension;
        }

        if (name.Length > Longest)
        {
            var stem = name[..^extension.Length];
            name = new StringInfo(stem).SubstringByTextElements(0, CountWithin(stem, Longest - extension.Length)) + extension;
        }

        return name == extension ? "attachment" + extension : name;
    }

    // Control characters, format characters (the bidirectional overrides and isolates, zero-width
    // joiners), line and paragraph separators, and private-use characters are dropped.
    private static bool Shown(Rune rune) => Rune.GetUnicodeCategory(rune) is not (
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator
        or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned);

    // How many whole text elements of the stem fit in the length, so no character is cut in two.
    private static int CountWithin(string stem, int length)
    {
        var elements = StringInfo.GetTextElementEnumerator(stem);
        var count = 0;
        while (elements.MoveNext() && elements.ElementIndex + ((string)elements.Current).Length <= length)
        {
            count++;
        }

        return count;
    }
}
