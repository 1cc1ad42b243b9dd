namespace EcFunctions.Synthesis;

/// <summary>
/// The rows of one sheet, kept in a temporary file until the workbook is written: a package part is
/// written whole, one at a time, while the rows of every sheet come in together as the responses stream past.
/// </summary>
internal sealed class SheetRows : IDisposable
{
    private readonly FileStream file = new(
        Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

    private readonly BinaryWriter writer;

    public SheetRows() => writer = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true);

    /// <summary>How many rows were added.</summary>
    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> cells)
    {
        writer.Write(cells.Count);
        foreach (var cell in cells)
        {
            writer.Write(cell);
        }

        Count++;
    }

    /// <summary>The rows in the order they were added; read once.</summary>
    public IEnumerable<string[]> Read()
    {
        writer.Flush();
        file.Position = 0;
        using var reader = new BinaryReader(file, System.Text.Encoding.UTF8, leaveOpen: true);
        for (var row = 0; row < Count; row++)
        {
            var cells = new string[reader.ReadInt32()];
            for (var cell = 0; cell < cells.Length; cell++)
            {
                cells[cell] = reader.ReadString();
            }

            yield return cells;
        }
    }

    public void Dispose()
    {
        writer.Dispose();
        file.Dispose();
    }
}
