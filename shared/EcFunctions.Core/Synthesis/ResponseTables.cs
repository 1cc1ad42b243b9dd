using System.Text.Json;
using EcFunctions.Questionnaires;
using NJsonSchema;

namespace EcFunctions.Synthesis;

/// <summary>
/// A column of a table of answers: a field, by its path below the table's row, or one choice of a
/// multi-select field, 1 where it was chosen and 0 where it was not.
/// </summary>
/// <param name="Path">Dotted path below the row; empty where the row is a list's scalar item itself.</param>
/// <param name="Title">The field's title, after the titles of the sections it is in, in English.</param>
/// <param name="Choice">The choice this column counts, or null for the field's value.</param>
/// <param name="ChoiceTitle">The choice's title in English, where the schema gives one.</param>
public sealed record ResponseColumn(string Path, string Title, string? Choice = null, string? ChoiceTitle = null);

/// <summary>
/// One table of a questionnaire's answers: the questionnaire's own (<paramref name="ListPath"/> null), a
/// row per respondent; or one of its lists that are not a multi-select of choices (lists of objects,
/// lists of free text), a row per item keyed by respondent and item, so the fields of one item stay together.
/// </summary>
public sealed record ResponseTable(string QuestionnaireId, string? ListPath, string Title, IReadOnlyList<ResponseColumn> Columns)
{
    /// <summary>The tables of a questionnaire version, its own first, then its lists in the order of the schema.</summary>
    public static IReadOnlyList<ResponseTable> Of(string questionnaireId, PublishedVersion version)
    {
        var tables = new List<ResponseTable>();
        Table(null, version.Title, version.Schema, []);
        return tables;

        void Table(string? listPath, string title, JsonSchema row, IReadOnlyList<string> titles)
        {
            var columns = new List<ResponseColumn>();
            // The table takes its place before the lists found inside it, which the walk adds as it meets them.
            var index = tables.Count;
            tables.Add(null!);
            Walk(row, "", titles, listPath, columns);
            tables[index] = new ResponseTable(questionnaireId, listPath, title, columns);
        }

        void Walk(JsonSchema schema, string path, IReadOnlyList<string> titles, string? listPath, List<ResponseColumn> columns)
        {
            var actual = QuestionnaireFields.Resolve(schema);
            if (actual.Type.HasFlag(JsonObjectType.Object) || actual.ActualProperties.Count > 0)
            {
                foreach (var (name, property) in actual.ActualProperties)
                {
                    // As the report titles questions: "answers" itself adds nothing to the titles below it.
                    IReadOnlyList<string> below = path.Length == 0 && listPath is null && name == "answers" ? [] : [.. titles, property.Title ?? name];
                    Walk(property, path.Length == 0 ? name : $"{path}.{name}", below, listPath, columns);
                }

                return;
            }

            var title = string.Join(": ", titles);
            if (actual.Type.HasFlag(JsonObjectType.Array) && actual.Item is { } item)
            {
                var choices = QuestionnaireFields.Resolve(item);
                if (choices.Enumeration.Count > 0)
                {
                    var choiceTitles = SchemaExtensions.Map(choices, "x-enumTitles");
                    columns.AddRange(choices.Enumeration.Select(value => $"{value}")
                        .Select(value => new ResponseColumn(path, title, value, choiceTitles.GetValueOrDefault(value))));
                    return;
                }

                Table(listPath is null ? path : $"{listPath}.{path}", title, item, titles);
                return;
            }

            columns.Add(new ResponseColumn(path, title));
        }
    }

    /// <summary>
    /// The rows of this table in one answer, each with its item's place (<c>2</c>, or <c>2.1</c> for the
    /// first item of a list in the second item of another; empty for the questionnaire's own row).
    /// </summary>
    public IEnumerable<(string Item, IReadOnlyList<string> Cells)> Rows(JsonElement answer) =>
        Items(answer, ListPath is null ? [] : ListPath.Split('.'), 0, "", ListPath is null).Select(row =>
        {
            // A multi-select has a column per choice; its answer is read once for all of them.
            var chosen = new Dictionary<string, (List<string> Values, bool None)>(StringComparer.Ordinal);
            return (row.Item, (IReadOnlyList<string>)[.. Columns.Select(column => Cell(row.Element, column, chosen))]);
        });

    private static IEnumerable<(string Item, JsonElement Element)> Items(JsonElement element, string[] segments, int index, string item, bool arrived)
    {
        if (index == segments.Length)
        {
            return arrived ? [(item, element)] : element.ValueKind == JsonValueKind.Array
                ? element.EnumerateArray().SelectMany((child, at) => Items(child, segments, index, Item(item, at), true))
                : [];
        }

        return element.ValueKind switch
        {
            JsonValueKind.Array => element.EnumerateArray().SelectMany((child, at) => Items(child, segments, index, Item(item, at), false)),
            JsonValueKind.Object when element.TryGetProperty(segments[index], out var child) => Items(child, segments, index + 1, item, false),
            _ => [],
        };
    }

    private static string Item(string item, int at) => item.Length == 0 ? $"{at + 1}" : $"{item}.{at + 1}";

    private static string Cell(JsonElement row, ResponseColumn column, Dictionary<string, (List<string> Values, bool None)> chosen)
    {
        if (column.Path.Length == 0)
        {
            return row.ValueKind is JsonValueKind.String ? row.GetString()! : row.GetRawText();
        }

        if (column.Choice is null)
        {
            return AnswerValues.At(row, column.Path).FirstOrDefault() ?? "";
        }

        if (!chosen.TryGetValue(column.Path, out var answered))
        {
            var values = AnswerValues.At(row, column.Path).ToList();
            chosen[column.Path] = answered = (values, values.Count == 0 && AnswerValues.IsEmptyList(row, column.Path));
        }

        return answered.Values.Count == 0 && !answered.None ? "" : answered.Values.Contains(column.Choice) ? "1" : "0";
    }
}
