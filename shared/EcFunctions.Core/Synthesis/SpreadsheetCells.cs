namespace EcFunctions.Synthesis;

/// <summary>
/// Cells bound for a spreadsheet. A cell beginning with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab
/// or a carriage return is read by Excel and LibreOffice as a formula, so a respondent could write
/// one that runs when the secretariat opens the file (OWASP: CSV injection); such a cell is prefixed
/// with an apostrophe, which spreadsheets show as text and do not display.
/// </summary>
public static class SpreadsheetCells
{
    /// <summary>The cell as text a spreadsheet will not evaluate.</summary>
    public static string Neutralise(string cell) =>
        cell is [('=' or '+' or '-' or '@' or '\t' or '\r'), ..] ? "'" + cell : cell;
}
