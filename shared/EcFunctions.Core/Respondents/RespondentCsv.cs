using System.Buffers;
using System.Text.Unicode;
using CsvHelper;

namespace EcFunctions.Respondents;

/// <summary>
/// Reads the registry's CSV form (RFC 4180, a header row, the columns of <see cref="Columns"/>),
/// checking every row and reporting each bad one by its line number.
/// </summary>
public static class RespondentCsv
{
    /// <summary>The columns, in the order the seed file uses.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["id", "kind", "stakeholderGroup", "region", "developing", "unRegionalGroup", "leastDeveloped", "smallIslandDeveloping",
            "displayName", "focalPointName", "focalPointEmail"];

    // Files written before the registry knew regional groups and the LDC and SIDS flags still import
    // where their rows need none of them (organisations, other stakeholders); a member state's row then
    // says which field it lacks.
    private static readonly IReadOnlyList<string> LaterColumns = ["unRegionalGroup", "leastDeveloped", "smallIslandDeveloping"];

    /// <summary>
    /// The text of an uploaded file, which must be UTF-8; or the error keyed by the line of its first
    /// byte that is not (a file saved as Latin-1, say).
    /// </summary>
    public static (string? Text, Dictionary<string, string[]> Errors) Decode(byte[] file)
    {
        var text = new char[file.Length];
        if (Utf8.ToUtf16(file, text, out var read, out var written, replaceInvalidSequences: false) == OperationStatus.Done)
        {
            // Spreadsheets save "CSV UTF-8" with a byte-order mark; it is not part of the header.
            return (new string(text, 0, written).TrimStart('\uFEFF'), []);
        }

        var line = file.AsSpan(0, read).Count((byte)'\n') + 1;
        return (null, new(StringComparer.Ordinal) { [$"line {line}"] = ["Not UTF-8 text: save the file as CSV UTF-8."] });
    }

    /// <summary>The respondents of the file, or the errors keyed <c>line N</c> (the header is line 1).</summary>
    public static (List<Respondent> Respondents, Dictionary<string, string[]> Errors) Read(
        TextReader text, IReadOnlyCollection<string> stakeholderGroups)
    {
        var respondents = new List<Respondent>();
        var content = text.ReadToEnd();
        var errors = LayoutErrors(content);
        if (errors.Count > 0)
        {
            return (respondents, errors);
        }

        var firstLineOf = new Dictionary<string, long>(StringComparer.Ordinal);
        using var csv = CsvReader.Create(
            new StringReader(content), new CsvReaderOptions { HasHeader = true, TrimWhitespace = true, TrackLineNumbers = true }, false);
        try
        {
            var hasRows = csv.Read();
            if (Columns.Except(LaterColumns).Except(csv.Headers, StringComparer.Ordinal).Any())
            {
                errors["line 1"] = [$"The header must name the columns {string.Join(", ", Columns)}."];
                return (respondents, errors);
            }

            for (; hasRows; hasRows = csv.Read())
            {
                var rowErrors = ReadRow(csv, stakeholderGroups, firstLineOf, out var respondent);
                if (rowErrors.Count > 0)
                {
                    errors[$"line {csv.LineNumber}"] = [.. rowErrors];
                }
                else
                {
                    respondents.Add(respondent!);
                }
            }
        }
        catch (CsvFormatException malformed)
        {
            errors[$"line {csv.LineNumber}"] = [$"Not readable as CSV: {malformed.Message.Split('\n')[0]}"];
        }

        return (respondents, errors);
    }

    // A registry row is one line: no field needs a line break, so a quote left open (which would
    // swallow the rest of the file into one field) and control characters are refused where they are.
    private static Dictionary<string, string[]> LayoutErrors(string content)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var lines = content.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var line = lines[index].TrimEnd('\r');
            List<string> problems = [];
            if (line.Where(char.IsControl).Cast<char?>().FirstOrDefault() is { } control)
            {
                problems.Add($"A control character (U+{(int)control:X4}) is not allowed.");
            }

            if (line.Count(character => character == '"') % 2 != 0)
            {
                problems.Add("A quoted field is not closed on its line.");
            }

            if (problems.Count > 0)
            {
                errors[$"line {index + 1}"] = [.. problems];
            }
        }

        return errors;
    }

    private static List<string> ReadRow(
        CsvReader csv, IReadOnlyCollection<string> stakeholderGroups, Dictionary<string, long> firstLineOf, out Respondent? respondent)
    {
        var rowErrors = new List<string>();
        var id = Field(csv, "id") ?? "";
        if (!firstLineOf.TryAdd(id, csv.LineNumber))
        {
            rowErrors.Add($"id: '{id}' is already on line {firstLineOf[id]}.");
        }

        bool? Flag(string column)
        {
            if (Field(csv, column) is not { } flag)
            {
                return null;
            }

            if (bool.TryParse(flag, out var parsed))
            {
                return parsed;
            }

            rowErrors.Add($"{column}: '{flag}' is neither true nor false.");
            return null;
        }

        (respondent, var fieldErrors) = RespondentRules.Check(id, new RespondentDetails(
            Field(csv, "kind"), Field(csv, "stakeholderGroup"), Field(csv, "region"), Flag("developing"),
            Field(csv, "displayName"), Field(csv, "focalPointName"), Field(csv, "focalPointEmail"),
            Field(csv, "unRegionalGroup"), Flag("leastDeveloped"), Flag("smallIslandDeveloping")), stakeholderGroups);
        rowErrors.AddRange(fieldErrors.SelectMany(field => field.Value.Select(message => $"{field.Key}: {message}")));
        return rowErrors;
    }

    private static string? Field(CsvReader csv, string column) =>
        csv.Headers.Contains(column, StringComparer.Ordinal) && csv.GetStringOrNull(column) is { Length: > 0 } value ? value : null;
}
