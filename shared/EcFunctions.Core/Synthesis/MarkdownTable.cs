using System.Text;

namespace EcFunctions.Synthesis;

/// <summary>Writes GitHub-style pipe tables, the form Markdig renders as HTML tables.</summary>
internal static class MarkdownTable
{
    public static void Write(StringBuilder markdown, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        Row(markdown, headers);
        markdown.Append('|').Append(string.Concat(headers.Select(_ => " --- |"))).Append('\n');
        foreach (var row in rows)
        {
            Row(markdown, row);
        }

        markdown.Append('\n');
    }

    /// <summary>Text safe in a table cell or a line of the report: no pipes, no line breaks, no HTML.</summary>
    public static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal).ReplaceLineEndings(" ");

    private static void Row(StringBuilder markdown, IEnumerable<string> cells) =>
        markdown.Append('|').Append(string.Concat(cells.Select(cell => $" {cell} |"))).Append('\n');
}
