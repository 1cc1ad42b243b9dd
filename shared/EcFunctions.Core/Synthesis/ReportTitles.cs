using System.Text.Json.Nodes;
using EcFunctions.Questionnaires;

namespace EcFunctions.Synthesis;

/// <summary>
/// The questionnaires' titles in one official language, keyed by their English text, for the report:
/// every text a translation file gives (titles, descriptions, choice titles of schemas and layouts,
/// the shared vocabulary included), beside the English text at the same pointer.
/// </summary>
internal static class ReportTitles
{
    /// <summary>The titles of every published document in <paramref name="language"/>.</summary>
    public static IReadOnlyDictionary<string, string> In(IEnumerable<PublishedVersion> documents, string language)
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var version in documents)
        {
            if (version.Translations.TryGetValue(language, out var translation))
            {
                Add(version.Document, translation.Schema);
                if (version.Layout is { } layout)
                {
                    Add(layout.Document, translation.Layout);
                }
            }
        }

        return titles;

        void Add(byte[] document, IReadOnlyDictionary<string, string> texts)
        {
            var root = JsonNode.Parse(document);
            foreach (var (pointer, text) in texts)
            {
                if (JsonPointer.Resolve(root, pointer) is JsonValue value && value.TryGetValue<string>(out var english))
                {
                    titles.TryAdd(english, text);
                }
            }
        }
    }
}
