using System.Text.Json;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes <c>responses.xlsx</c>: a sheet per questionnaire, a row per respondent and a column per
/// question, a multi-select as a 0/1 column per choice; a sheet per list that is not one (lists of
/// mechanisms, of examples), a row per item keyed by respondent and item; and a sheet describing every
/// column. Headings are in the report's language; cells hold the answers as written. Rows wait in
/// temporary files while the responses stream past, so memory does not grow with their number.
/// </summary>
internal sealed class ResponsesWorkbook(IReadOnlyList<ResponseTable> tables, IReadOnlyList<string> respondentColumns) : IDisposable
{
    /// <summary>Sheet names Excel accepts: at most 31 characters, none of these.</summary>
    private static readonly char[] NotInSheetNames = [':', '\\', '/', '?', '*', '[', ']'];

    private readonly SheetRows[] rows = [.. tables.Select(table => new SheetRows(Numeric(table, respondentColumns)))];

    /// <summary>Adds one respondent's answer: its row on its questionnaire's sheet and its items on the lists' sheets.</summary>
    /// <param name="questionnaireId">The questionnaire answered.</param>
    /// <param name="respondent">The cells of <c>respondentColumns</c>, the respondent's id first.</param>
    /// <param name="answer">The answer document.</param>
    public void Add(string questionnaireId, IReadOnlyList<string> respondent, JsonElement answer)
    {
        for (var index = 0; index < tables.Count; index++)
        {
            if (tables[index].QuestionnaireId != questionnaireId)
            {
                continue;
            }

            foreach (var (item, cells) in tables[index].Rows(answer))
            {
                rows[index].Add(tables[index].ListPath is null ? [.. respondent, .. cells] : [respondent[0], item, .. cells]);
            }
        }
    }

    /// <summary>Writes the workbook, headed in <paramref name="language"/>, to <paramref name="output"/>; as often as asked, from the same rows.</summary>
    public void Write(Stream output, ReportLanguage language)
    {
        using var package = new WriteOnlyPackage();
        using (var document = SpreadsheetDocument.Create(package.Skeleton, SpreadsheetDocumentType.Workbook))
        {
            Write(document, package, language);
        }

        package.CopyTo(output);
    }

    private void Write(SpreadsheetDocument document, WriteOnlyPackage package, ReportLanguage language)
    {
        var workbook = document.AddWorkbookPart();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = WorksheetWriter.Stylesheet();
        var sheets = new Sheets();
        var filters = new DefinedNames();
        var names = Names(language);
        using var described = new SheetRows(_ => false);
        for (var index = 0; index < tables.Count; index++)
        {
            var headers = Headers(tables[index], language);
            var fixedCount = FixedColumns(tables[index], respondentColumns);
            Add(names[index], headers, rows[index]);
            for (var column = 0; column < headers.Count; column++)
            {
                described.Add(
                [
                    names[index], WorksheetWriter.Column(column + 1), headers[column],
                    column < fixedCount ? "" : Field(tables[index], tables[index].Columns[column - fixedCount]),
                    column < fixedCount ? "" : tables[index].Columns[column - fixedCount].Choice ?? "",
                ]);
            }
        }

        Add(language["office.sheet.columns"],
            [language["office.columns.sheet"], language["office.columns.column"], language["office.columns.heading"], language["office.columns.field"], language["office.columns.choice"]],
            described);
        workbook.Workbook = new Workbook(sheets, filters);

        void Add(string name, IReadOnlyList<string> headers, SheetRows data)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            WorksheetWriter.Write(package.Part(part), headers, data);

            var sheetIndex = (uint)sheets.ChildElements.Count;
            sheets.Append(new Sheet { Name = name, SheetId = sheetIndex + 1, Id = workbook.GetIdOfPart(part) });
            // Excel finds a sheet's auto filter range by this hidden name.
            filters.Append(new DefinedName($"'{name.Replace("'", "''", StringComparison.Ordinal)}'!$A$1:${WorksheetWriter.Column(headers.Count)}${data.Count + 1}")
                { Name = "_xlnm._FilterDatabase", LocalSheetId = sheetIndex, Hidden = true });
        }
    }

    public void Dispose()
    {
        foreach (var sheet in rows)
        {
            sheet.Dispose();
        }
    }

    private IReadOnlyList<string> Headers(ResponseTable table, ReportLanguage language) =>
    [
        .. table.ListPath is null ? respondentColumns.Select(column => language[$"office.column.{column}"]) : [language["office.column.respondentId"], language["office.column.item"]],
        .. table.Columns.Select(column => column.Choice is null
            ? language.Title(column.Title)
            : $"{language.Title(column.Title)}: {language.Title(column.ChoiceTitle ?? column.Choice)}"),
    ];

    /// <summary>A multi-select's 0/1 columns hold numbers; the respondent's columns and every other answer, text.</summary>
    private static Func<int, bool> Numeric(ResponseTable table, IReadOnlyList<string> respondentColumns)
    {
        var fixedCount = FixedColumns(table, respondentColumns);
        return column => column >= fixedCount && table.Columns[column - fixedCount].Choice is not null;
    }

    /// <summary>The columns before a table's answers: the respondent's, or on a list's sheet its id and the item's place.</summary>
    private static int FixedColumns(ResponseTable table, IReadOnlyList<string> respondentColumns) => table.ListPath is null ? respondentColumns.Count : 2;

    private static string Field(ResponseTable table, ResponseColumn column) =>
        string.Join('.', new[] { table.ListPath, column.Path }.Where(part => !string.IsNullOrEmpty(part)));

    /// <summary>Each table's sheet name: its place (1, 1.2) and as much of its title as fits, unique.</summary>
    private List<string> Names(ReportLanguage language)
    {
        var names = new List<string>();
        var questionnaire = 0;
        var list = 0;
        foreach (var table in tables)
        {
            var place = table.ListPath is null ? $"{++questionnaire}" : $"{questionnaire}.{++list}";
            list = table.ListPath is null ? 0 : list;
            var title = string.Join(' ', language.Title(table.Title).Split([.. NotInSheetNames, ' '], StringSplitOptions.RemoveEmptyEntries)).Trim('\'');
            var name = $"{place} {title}";
            names.Add(name.Length <= 31 ? name : name[..31].TrimEnd());
        }

        return names;
    }
}
