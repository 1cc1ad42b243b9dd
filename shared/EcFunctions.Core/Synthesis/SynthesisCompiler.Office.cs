using Azure.Storage.Blobs.Models;

namespace EcFunctions.Synthesis;

/// <summary>The synthesis outputs in Office formats: <c>report.docx</c> in each language, and <c>responses.xlsx</c>.</summary>
public sealed partial class SynthesisCompiler
{
    /// <summary>Media type of <c>report.docx</c>.</summary>
    public const string WordMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>Media type of <c>responses.xlsx</c>.</summary>
    public const string SpreadsheetMediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// <c>responses-lists.csv</c>, and <c>responses.xlsx</c> in each language, from the rows the tables kept
    /// while the responses streamed: one after the other, as they read the same files.
    /// </summary>
    private async Task WriteWorkbooksAsync(
        string cycleId, ResponseTablesWriter answerTables, IReadOnlyList<ReportLanguage> languages, CancellationToken cancellationToken)
    {
        await answerTables.CompleteListsAsync(cancellationToken);
        foreach (var language in languages)
        {
            await UploadAsync(cycleId, ReportLanguages.FileName("responses.xlsx", language.Code), SpreadsheetMediaType, file =>
            {
                answerTables.WriteWorkbook(file, language);
                return Task.CompletedTask;
            }, cancellationToken);
        }
    }

    /// <summary>The Word report in <paramref name="language"/>, from the body its report writer kept.</summary>
    private async Task WriteWordAsync(string cycleId, ReportLanguage language, ReportWriter report, CancellationToken cancellationToken) =>
        await UploadAsync(cycleId, ReportLanguages.FileName("report.docx", language.Code), WordMediaType, file =>
        {
            report.WriteWord(file);
            return Task.CompletedTask;
        }, cancellationToken);

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
