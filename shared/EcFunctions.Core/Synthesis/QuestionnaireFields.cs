using EcFunctions.Questionnaires;
using System.Text.Json;
using NJsonSchema;

namespace EcFunctions.Synthesis;

/// <summary>A closed-choice question: its answers are tallied.</summary>
/// <param name="Path">Dotted path in the answer document, e.g. <c>answers.position.choice</c>.</param>
/// <param name="Title">The question's title, after the titles of the sections it is in.</param>
/// <param name="Values">The allowed values, in the questionnaire's order.</param>
/// <param name="ValueTitles">Human titles of the values, where the vocabulary gives them.</param>
/// <param name="Multiple">Whether several values may be chosen.</param>
/// <param name="AllowsNone">Whether the answer may be a list of none of them, which answers the question.</param>
public sealed record ClosedQuestion(
    string Path, string Title, IReadOnlyList<string> Values, IReadOnlyDictionary<string, string> ValueTitles, bool Multiple, bool AllowsNone = false);

/// <summary>A free-text question, titled after the sections it is in: its answers are compiled in the report.</summary>
public sealed record FreeTextQuestion(string Path, string Title);

/// <summary>
/// What the synthesis needs to know of a questionnaire version, read from its schema: every leaf
/// field (the CSV columns), the closed-choice questions and the free-text questions under <c>answers</c>.
/// </summary>
public sealed record QuestionnaireFields(
    IReadOnlyList<string> Columns, IReadOnlyList<ClosedQuestion> ClosedQuestions, IReadOnlyList<FreeTextQuestion> FreeTextQuestions)
{
    /// <summary>What joins the titles of a question's sections and its own.</summary>
    public const string TitleSeparator = ": ";

    // Shorter strings are names and labels, not answers to compile.
    private const int LongestLabel = 300;

    /// <summary>
    /// Reads the fields of a questionnaire version. Titles of choices come from the schema's
    /// <c>x-enumTitles</c>, else from the <c>ui:enumNames</c> of its layout, where the web form takes them.
    /// </summary>
    public static QuestionnaireFields Of(PublishedVersion version)
    {
        using var layout = version.Layout is { } published ? JsonDocument.Parse(published.Document) : null;
        var columns = new List<string>();
        var closed = new List<ClosedQuestion>();
        var freeText = new List<FreeTextQuestion>();
        Walk(version.Schema, "", [], layout?.RootElement, multiple: false, allowsNone: false);
        return new QuestionnaireFields(columns, closed, freeText);

        void Walk(JsonSchema schema, string path, IReadOnlyList<string> titles, JsonElement? form, bool multiple, bool allowsNone)
        {
            var actual = Resolve(schema);
            if (actual.Type.HasFlag(JsonObjectType.Object) || actual.ActualProperties.Count > 0)
            {
                foreach (var (name, property) in actual.ActualProperties)
                {
                    // Titles below "answers" only: "Reasons" alone is two questions, "Position on implementation: Reasons" one.
                    IReadOnlyList<string> below = path.Length == 0 ? [] : [.. titles, property.Title ?? name];
                    Walk(property, path.Length == 0 ? name : $"{path}.{name}", below, Child(form, name), multiple, allowsNone: false);
                }

                return;
            }

            if (actual.Type.HasFlag(JsonObjectType.Array) && actual.Item is { } item)
            {
                // Only a list outside any other can be told empty: inside one, "none" would blur with the other items.
                Walk(item, path, titles, Child(form, "items") ?? form, multiple: true, allowsNone: !multiple && actual.MinItems == 0);
                return;
            }

            columns.Add(path);
            if (!path.StartsWith("answers.", StringComparison.Ordinal))
            {
                return;
            }

            var title = string.Join(TitleSeparator, titles);
            if (actual.Enumeration.Count > 0)
            {
                var valueTitles = SchemaExtensions.Map(actual, "x-enumTitles");
                foreach (var (value, name) in EnumNames(form))
                {
                    valueTitles.TryAdd(value, name);
                }

                closed.Add(new ClosedQuestion(path, title, [.. actual.Enumeration.Select(value => $"{value}")], valueTitles, multiple, allowsNone));
            }
            else if (actual.Type.HasFlag(JsonObjectType.Boolean))
            {
                closed.Add(new ClosedQuestion(path, title, ["true", "false"], new Dictionary<string, string> { ["true"] = "Yes", ["false"] = "No" }, multiple));
            }
            else if (actual.Type.HasFlag(JsonObjectType.String) && actual.Format is null && actual.MaxLength is null or > LongestLabel)
            {
                freeText.Add(new FreeTextQuestion(path, title));
            }
        }
    }

    private static JsonElement? Child(JsonElement? form, string name) =>
        form is { ValueKind: JsonValueKind.Object } node && node.TryGetProperty(name, out var child) ? child : null;

    private static IEnumerable<(string Value, string Name)> EnumNames(JsonElement? form) =>
        Child(form, "ui:enumNames") is { ValueKind: JsonValueKind.Object } names
            ? names.EnumerateObject().Where(name => name.Value.ValueKind == JsonValueKind.String).Select(name => (name.Name, name.Value.GetString()!))
            : [];

    /// <summary>The schema a property stands for: through <c>$ref</c>, and through a lone <c>allOf</c> wrapping one.</summary>
    internal static JsonSchema Resolve(JsonSchema schema)
    {
        var actual = schema.ActualSchema;
        return actual is { AllOf.Count: 1, ActualProperties.Count: 0, Enumeration.Count: 0 } && actual.Type == JsonObjectType.None
            ? Resolve(actual.AllOf.Single())
            : actual;
    }
}
