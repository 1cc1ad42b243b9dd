using Azure.Storage.Blobs.Specialized;
using CsvHelper;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes <c>responses.csv</c> (RFC 4180, UTF-8) a few hundred kilobytes at a time as the responses
/// stream past, every answer cell neutralised for spreadsheets.
/// </summary>
internal sealed class CsvRowsWriter : IDisposable
{
    private const int FlushAt = 256 * 1024;

    private readonly StagedBlob blob;
    private readonly StringWriter buffer = new(System.Globalization.CultureInfo.InvariantCulture);
    private readonly CsvWriter csv;

    public CsvRowsWriter(BlockBlobClient target, IReadOnlyList<string> header)
    {
        blob = new StagedBlob(target, "text/csv; charset=utf-8");
        csv = CsvWriter.Create(buffer, new CsvWriterOptions(), true);
        csv.WriteRecord([.. header]);
    }

    public async Task AddAsync(IReadOnlyList<string> row, CancellationToken cancellationToken)
    {
        csv.WriteRecord([.. row.Select(SpreadsheetCells.Neutralise)]);
        csv.Flush();
        if (buffer.GetStringBuilder().Length >= FlushAt)
        {
            await FlushAsync(cancellationToken);
        }
    }

    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        csv.Flush();
        await FlushAsync(cancellationToken);
        await blob.CommitAsync(cancellationToken);
    }

    public void Dispose()
    {
        csv.Dispose();
        buffer.Dispose();
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await blob.StageAsync("rows", buffer.ToString(), cancellationToken);
        buffer.GetStringBuilder().Clear();
    }
}
