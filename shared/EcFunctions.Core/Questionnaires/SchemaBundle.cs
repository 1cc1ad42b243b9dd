using System.Text.Json.Nodes;

namespace EcFunctions.Questionnaires;

/// <summary>
/// A questionnaire version as one self-contained document: every document it refers to (the shared
/// vocabulary, attachments, an earlier version it builds on) is copied under its <c>definitions</c>,
/// keyed <c>id@version</c>, and every <c>$ref</c> points inside it. Clients that resolve references
/// themselves (form libraries) need nothing else; the published files stay as they are, whose relative
/// references name repository files and whose <c>$id</c>s name no host that serves them.
/// </summary>
public static class SchemaBundle
{
    private const string Extension = ".schema.json";

    /// <summary>The bundle of <paramref name="root"/>, reading documents through <paramref name="documentOf"/>.</summary>
    public static byte[] Of(QuestionnaireRef root, Func<QuestionnaireRef, byte[]?> documentOf)
    {
        var bundle = Parse(root, documentOf);
        var definitions = bundle["definitions"] as JsonObject ?? (JsonObject)(bundle["definitions"] = new JsonObject());
        var pending = new Queue<QuestionnaireRef>();
        Rewrite(bundle, root, root, pending);
        while (pending.TryDequeue(out var next))
        {
            if (definitions.ContainsKey(Key(next)))
            {
                continue;
            }

            var embedded = Parse(next, documentOf);
            embedded.Remove("$schema");
            definitions[Key(next)] = embedded;
            Rewrite(embedded, next, root, pending);
        }

        return System.Text.Encoding.UTF8.GetBytes(bundle.ToJsonString(ServedJson.Options));
    }

    private static JsonObject Parse(QuestionnaireRef reference, Func<QuestionnaireRef, byte[]?> documentOf)
    {
        var document = JsonNode.Parse(documentOf(reference)
            ?? throw new InvalidDataException($"{reference.Id} {reference.Version} refers to a document that is not published."))!.AsObject();
        // An $id would make a resolver take references relative to a host that does not serve them.
        document.Remove("$id");
        return document;
    }

    private static void Rewrite(JsonNode? node, QuestionnaireRef current, QuestionnaireRef root, Queue<QuestionnaireRef> pending)
    {
        switch (node)
        {
            case JsonObject json:
                if (json["$ref"] is JsonValue value && value.TryGetValue<string>(out var reference))
                {
                    var hash = reference.IndexOf('#', StringComparison.Ordinal);
                    var (file, fragment) = hash < 0 ? (reference, "") : (reference[..hash], reference[(hash + 1)..]);
                    var target = file.Length == 0 ? current : Target(current, file);
                    if (target != root)
                    {
                        pending.Enqueue(target);
                    }

                    json["$ref"] = target == root ? $"#{fragment}" : $"#/definitions/{Key(target)}{fragment}";
                }

                foreach (var (_, child) in json.ToList())
                {
                    Rewrite(child, current, root, pending);
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Rewrite(item, current, root, pending);
                }

                break;
        }
    }

    // The files refer to each other as "1.0.0.schema.json" (same questionnaire) or
    // "../_vocabulary/1.0.0.schema.json" (another folder); nothing else is allowed (see LocalReferenceResolver).
    private static QuestionnaireRef Target(QuestionnaireRef current, string file)
    {
        var parts = file.Split('/');
        var (id, name) = parts switch
        {
            ["..", var folder, var fileName] => (folder, fileName),
            [var fileName] => (current.Id, fileName),
            _ => throw new InvalidDataException($"Unsupported reference '{file}'."),
        };
        return new QuestionnaireRef(id, name.EndsWith(Extension, StringComparison.Ordinal) ? name[..^Extension.Length] : name);
    }

    private static string Key(QuestionnaireRef reference) => $"{reference.Id}@{reference.Version}";
}
