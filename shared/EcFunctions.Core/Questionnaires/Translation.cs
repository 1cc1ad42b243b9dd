using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcFunctions.Questionnaires;

/// <summary>
/// One questionnaire version's human texts in one language, kept beside it as
/// <c>&lt;version&gt;.&lt;language&gt;.json</c>: every title, description and choice title of the schema,
/// and every choice title of the layout, each keyed by its JSON pointer in that document. Translators
/// edit these files only; the schema, and so validation, is the same in every language.
/// </summary>
/// <param name="Schema">Texts of the schema, by JSON pointer.</param>
/// <param name="Layout">Texts of the layout, by JSON pointer.</param>
public sealed record Translation(IReadOnlyDictionary<string, string> Schema, IReadOnlyDictionary<string, string> Layout)
{
    /// <summary>Reads a translation file.</summary>
    /// <exception cref="InvalidDataException">It is not a translation file.</exception>
    public static Translation Parse(byte[] file, string path)
    {
        try
        {
            using var document = JsonDocument.Parse(file);
            return new Translation(Texts(document.RootElement, "schema"), Texts(document.RootElement, "layout"));
        }
        catch (Exception failure) when (failure is JsonException or InvalidOperationException or KeyNotFoundException)
        {
            throw new InvalidDataException($"The translation '{path}' is not {{\"schema\": {{pointer: text}}, \"layout\": {{pointer: text}}}}: {failure.Message}", failure);
        }
    }

    /// <summary><paramref name="document"/> with every text this translation has put at its pointer.</summary>
    /// <exception cref="InvalidDataException">A pointer names no text of the document.</exception>
    public static byte[] Apply(byte[] document, IReadOnlyDictionary<string, string> texts)
    {
        var root = JsonNode.Parse(document)!;
        foreach (var (pointer, text) in texts)
        {
            var tokens = JsonPointer.Tokens(pointer);
            var parent = tokens[..^1].Aggregate<string, JsonNode?>(root, (node, token) => node?[token]);
            if (parent is not JsonObject container || container[tokens[^1]] is not JsonValue value || value.GetValueKind() != JsonValueKind.String)
            {
                throw new InvalidDataException($"The translation names '{pointer}', which is no text of the document.");
            }

            container[tokens[^1]] = text;
        }

        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString(ServedJson.Options));
    }

    private static Dictionary<string, string> Texts(JsonElement root, string section) =>
        root.TryGetProperty(section, out var texts)
            ? texts.EnumerateObject().ToDictionary(text => text.Name, text => text.Value.GetString()!, StringComparer.Ordinal)
            : [];
}
