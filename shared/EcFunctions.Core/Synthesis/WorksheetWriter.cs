using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace EcFunctions.Synthesis;

/// <summary>
/// Writes one worksheet's XML: columns as wide as their contents, a bold, frozen header row, the data
/// rows (<see cref="SheetRows"/>) and an auto filter over them. Cells are inline strings, never formulas, so no answer a respondent wrote is
/// evaluated when the workbook is opened; cells of columns the caller calls numeric are numbers. The
/// XML is written directly rather than through the Open XML SDK's elements: a row of SDK objects per
/// respondent cost far more than the text they stand for, and the rows are the bulk of the workbook.
/// </summary>
internal static class WorksheetWriter
{
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private const string Namespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>Column widths, in characters: wide enough for a heading, never so wide that one long answer pushes the rest off the screen.</summary>
    private const int MinimumWidth = 8, MaximumWidth = 60;

    /// <summary>The style of the header row's cells in <see cref="Stylesheet"/>.</summary>
    private const string HeaderStyle = "1";

    public static void Write(Stream output, IReadOnlyList<string> headers, SheetRows rows)
    {
        using (var writer = XmlWriter.Create(output, new XmlWriterSettings { CloseOutput = false, Encoding = Encoding }))
        {
            writer.WriteStartDocument(standalone: true);
            writer.WriteStartElement("worksheet", Namespace);
            writer.WriteStartElement("sheetViews");
            writer.WriteStartElement("sheetView");
            writer.WriteAttributeString("workbookViewId", "0");
            writer.WriteStartElement("pane");
            writer.WriteAttributeString("ySplit", "1");
            writer.WriteAttributeString("topLeftCell", "A2");
            writer.WriteAttributeString("activePane", "bottomLeft");
            writer.WriteAttributeString("state", "frozen");
            writer.WriteEndElement();
            writer.WriteStartElement("selection");
            writer.WriteAttributeString("pane", "bottomLeft");
            writer.WriteAttributeString("activeCell", "A2");
            writer.WriteAttributeString("sqref", "A2");
            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
            Widths(writer, headers, rows.Longest);
            writer.WriteStartElement("sheetData");
            Row(writer, 1, headers, _ => false, HeaderStyle);
            writer.Flush();
            rows.CopyTo(output);
            writer.WriteEndElement();
            writer.WriteStartElement("autoFilter");
            writer.WriteAttributeString("ref", Reference(headers.Count, rows.Count + 1));
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
    }

    /// <summary>
    /// Each column as wide as its heading or its longest cell, within bounds: Excel and LibreOffice give
    /// every column the same narrow default, which cuts the headings off.
    /// </summary>
    private static void Widths(XmlWriter writer, IReadOnlyList<string> headers, IReadOnlyList<int> longest)
    {
        writer.WriteStartElement("cols");
        for (var column = 0; column < headers.Count; column++)
        {
            var characters = Math.Max(headers[column].Length, column < longest.Count ? longest[column] : 0);
            writer.WriteStartElement("col");
            writer.WriteAttributeString("min", $"{column + 1}");
            writer.WriteAttributeString("max", $"{column + 1}");
            writer.WriteAttributeString("width", $"{Math.Clamp(characters + 2, MinimumWidth, MaximumWidth)}");
            writer.WriteAttributeString("customWidth", "1");
            writer.WriteEndElement();
        }

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

    /// <summary>
    /// Writes row <paramref name="index"/> (1 is the header); an empty cell is left out. Its elements name no
    /// namespace: they take the worksheet's default one, also when written apart and copied in.
    /// </summary>
    public static void Row(XmlWriter writer, int index, IReadOnlyList<string> cells, Func<int, bool> numeric, string? style)
    {
        writer.WriteStartElement("row");
        writer.WriteAttributeString("r", $"{index}");
        for (var column = 0; column < cells.Count; column++)
        {
            if (cells[column].Length == 0)
            {
                continue;
            }

            writer.WriteStartElement("c");
            writer.WriteAttributeString("r", $"{Column(column + 1)}{index}");
            if (style is not null)
            {
                writer.WriteAttributeString("s", style);
            }

            if (numeric(column))
            {
                writer.WriteAttributeString("t", "n");
                writer.WriteElementString("v", cells[column]);
            }
            else
            {
                writer.WriteAttributeString("t", "inlineStr");
                writer.WriteStartElement("is");
                writer.WriteStartElement("t");
                writer.WriteAttributeString("xml", "space", null, "preserve");
                writer.WriteString(cells[column]);
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }
}
