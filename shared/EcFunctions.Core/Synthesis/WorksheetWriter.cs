using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes one worksheet through the Open XML SDK's streaming writer, a row at a time: a bold, frozen
/// header row and an auto filter over the data. Cells are inline strings, never formulas, so no answer
/// a respondent wrote is evaluated when the workbook is opened; cells of columns
/// the caller calls numeric are numbers.
/// </summary>
internal static class WorksheetWriter
{
    /// <summary>The style of the header row's cells in <see cref="Stylesheet"/>.</summary>
    private const uint HeaderStyle = 1;

    public static void Write(OpenXmlWriter writer, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, Func<int, bool> numeric)
    {
        writer.WriteStartDocument();
        writer.WriteStartElement(new Worksheet());
        writer.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { WorkbookViewId = 0 }));
        writer.WriteStartElement(new SheetData());
        Row(writer, 1, headers, _ => false, HeaderStyle);
        var count = 1;
        foreach (var row in rows)
        {
            Row(writer, ++count, row, numeric, null);
        }

        writer.WriteEndElement();
        writer.WriteElement(new AutoFilter { Reference = Reference(headers.Count, count) });
        writer.WriteEndElement();
    }

    /// <summary>The styles of every sheet: the default, and bold for headers.</summary>
    public static Stylesheet Stylesheet() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

    /// <summary>The range an auto filter covers: every column, the header row and the data.</summary>
    public static string Reference(int columns, int rows) => $"A1:{Column(Math.Max(columns, 1))}{rows}";

    /// <summary>A column's letters, 1 = A, 27 = AA.</summary>
    public static string Column(int number)
    {
        var letters = "";
        for (; number > 0; number = (number - 1) / 26)
        {
            letters = (char)('A' + ((number - 1) % 26)) + letters;
        }

        return letters;
    }

    private static void Row(OpenXmlWriter writer, int index, IReadOnlyList<string> cells, Func<int, bool> numeric, uint? style)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)index });
        for (var column = 0; column < cells.Count; column++)
        {
            if (cells[column].Length == 0)
            {
                continue;
            }

            var reference = $"{Column(column + 1)}{index}";
            writer.WriteElement(numeric(column)
                ? new Cell(new CellValue(cells[column])) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style }
                : new Cell(new InlineString(new Text(cells[column]) { Space = SpaceProcessingModeValues.Preserve }))
                    { CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style });
        }

        writer.WriteEndElement();
    }
}
