using Azure.Storage.Blobs.Models;

namespace EcFunctions.Synthesis;

/// <summary>The synthesis outputs in Office formats: <c>report.docx</c> from the committed report, and <c>responses.xlsx</c>.</summary>
public sealed partial class SynthesisCompiler
{
    /// <summary>Media type of <c>report.docx</c>.</summary>
    public const string WordMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Media type of <c>responses.xlsx</c>.</summary>
    public const string SpreadsheetMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private async Task WriteOfficeAsync(string cycleId, ResponseTablesWriter answerTables, ReportLanguage language, CancellationToken cancellationToken)
    {
        await answerTables.CompleteListsAsync(cancellationToken);
        await UploadAsync(cycleId, "responses.xlsx", SpreadsheetMediaType, file =>
        {
            answerTables.WriteWorkbook(file);
            return Task.CompletedTask;
        }, cancellationToken);
        await UploadAsync(cycleId, "report.docx", WordMediaType, async file =>
        {
            await using var markdown = await outputs.OpenIfExistsAsync(cycleId, "report.md", cancellationToken)
                ?? throw new InvalidOperationException($"report.md of cycle {cycleId} is missing although it was just written.");
            await ReportDocument.WriteAsync(markdown, language, file, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>
    /// Writes an output to a temporary file and uploads it from there: an Office package is a zip written
    /// with seeks, and a file keeps it out of memory.
    /// </summary>
    private async Task UploadAsync(string cycleId, string name, string mediaType, Func<Stream, Task> write, CancellationToken cancellationToken)
    {
        await using var file = new FileStream(
            Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await write(file);
        file.Position = 0;
        await outputs.Blob(cycleId, name).UploadAsync(file,
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = mediaType } }, cancellationToken);
    }
}
