using System.Xml;

namespace EcFunctions.Synthesis;

/// <summary>
/// The data rows of one sheet, kept as the worksheet's XML in a temporary file until the workbook is
/// written: a package part is written whole, one at a time, while the rows of every sheet come in
/// together as the responses stream past. The rows are the same whichever language heads the sheet,
/// so they are written as XML once and copied into each language's workbook.
/// </summary>
internal sealed class SheetRows : IDisposable
{
    private readonly FileStream file = new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    private readonly XmlWriter writer;
    private readonly Func<int, bool> numeric;

    /// <param name="numeric">Which columns hold numbers rather than text.</param>
    public SheetRows(Func<int, bool> numeric)
    {
        this.numeric = numeric;
        writer = XmlWriter.Create(file, new XmlWriterSettings { ConformanceLevel = ConformanceLevel.Fragment, CloseOutput = false, Encoding = WorksheetWriter.Encoding });
    }

    private readonly List<int> longest = [];

    /// <summary>How many rows were added.</summary>
    public int Count { get; private set; }

    /// <summary>The length of each column's longest cell, in characters, for the columns' widths.</summary>
    public IReadOnlyList<int> Longest => longest;

    public void Add(IReadOnlyList<string> cells)
    {
        WorksheetWriter.Row(writer, ++Count + 1, cells, numeric, style: null);
        for (var column = 0; column < cells.Count; column++)
        {
            if (column == longest.Count)
            {
                longest.Add(0);
            }

            longest[column] = Math.Max(longest[column], cells[column].Length);
        }
    }

    /// <summary>Copies the rows' XML, in the order they were added, to <paramref name="output"/>; as often as asked.</summary>
    public void CopyTo(Stream output)
    {
        writer.Flush();
        file.Position = 0;
        file.CopyTo(output);
    }

    public void Dispose()
    {
        writer.Dispose();
        file.Dispose();
    }
}
