using System.Text.Json;
using Azure.Storage.Blobs.Specialized;
using EcFunctions.Respondents;
using EcFunctions.Storage;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes the answers as tables while the responses stream past: <c>responses.xlsx</c>, and
/// <c>responses-lists.csv</c>, the items of the lists <c>responses.csv</c> cannot hold in one cell
/// without losing which fields go together (and free text may hold any separator): a row per field
/// of an item, keyed by respondent, list and item, and per choice chosen in it.
/// </summary>
internal sealed class ResponseTablesWriter(IReadOnlyList<ResponseTable> tables, BlockBlobClient listsCsv) : IDisposable
{
    private static readonly string[] RespondentColumns =
        ["respondentId", "respondentKind", "stakeholderGroup", "region", "developing", "displayName", "questionnaireVersion", "revision"];

    private readonly ResponsesWorkbook workbook = new(tables, RespondentColumns);
    private readonly CsvRowsWriter lists = new(listsCsv, ["respondentId", "questionnaireId", "list", "item", "field", "value"]);

    /// <summary>Whether a field of <c>responses.csv</c> lies in a list written here instead.</summary>
    public bool Listed(string column) => tables.Any(table => table.ListPath is { } list
        && (column == list || column.StartsWith(list + ".", StringComparison.Ordinal)));

    public void Add(ResponseEntity head, Respondent respondent, JsonElement answer)
    {
        workbook.Add(head.QuestionnaireId,
        [
            respondent.Id, respondent.Kind, respondent.StakeholderGroup, respondent.Region ?? "",
            respondent.Developing is { } developing ? (developing ? "true" : "false") : "", respondent.DisplayName,
            head.QuestionnaireVersion, $"{head.Revision}",
        ], answer);
        foreach (var table in tables.Where(table => table.QuestionnaireId == head.QuestionnaireId && table.ListPath is not null))
        {
            foreach (var (item, cells) in table.Rows(answer))
            {
                for (var column = 0; column < cells.Count; column++)
                {
                    var (path, choice) = (table.Columns[column].Path, table.Columns[column].Choice);
                    if (choice is null ? cells[column].Length > 0 : cells[column] == "1")
                    {
                        lists.Add([respondent.Id, head.QuestionnaireId, table.ListPath!, item, path, choice ?? cells[column]]);
                    }
                }
            }
        }
    }

    public Task CompleteListsAsync(CancellationToken cancellationToken) => lists.CompleteAsync(cancellationToken);

    /// <summary>Writes the workbook, headed in <paramref name="language"/>, to <paramref name="output"/>.</summary>
    public void WriteWorkbook(Stream output, ReportLanguage language) => workbook.Write(output, language);

    public void Dispose()
    {
        workbook.Dispose();
        lists.Dispose();
    }
}
