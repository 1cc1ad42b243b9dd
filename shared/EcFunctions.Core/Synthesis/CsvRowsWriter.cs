using Azure.Storage.Blobs.Specialized;
using CsvHelper;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes <c>responses.csv</c> (RFC 4180, UTF-8) a few hundred kilobytes at a time to a temporary file
/// as the responses stream past, every answer cell neutralised for spreadsheets, and uploads it at the end.
/// </summary>
internal sealed class CsvRowsWriter : IDisposable
{
    private const int FlushAt = 256 * 1024;
    private const string Rows = "rows";

    private readonly BlockBlobClient target;
    private readonly StagedFile file = new();
    private readonly StringWriter buffer = new(System.Globalization.CultureInfo.InvariantCulture);
    private readonly CsvWriter csv;

    public CsvRowsWriter(BlockBlobClient target, IReadOnlyList<string> header)
    {
        this.target = target;
        csv = CsvWriter.Create(buffer, new CsvWriterOptions(), true);
        csv.WriteRecord([.. header]);
    }

    public void Add(IReadOnlyList<string> row)
    {
        csv.WriteRecord([.. row.Select(SpreadsheetCells.Neutralise)]);
        csv.Flush();
        if (buffer.GetStringBuilder().Length >= FlushAt)
        {
            Flush();
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        csv.Flush();
        Flush();
        await file.UploadAsync(target, "text/csv; charset=utf-8", section => section, cancellationToken);
    }

    public void Dispose()
    {
        csv.Dispose();
        buffer.Dispose();
        file.Dispose();
    }

    private void Flush()
    {
        file.Stage(Rows, buffer.ToString());
        buffer.GetStringBuilder().Clear();
    }
}
