using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using NJsonSchema;

namespace EcFunctions.Questionnaires;

/// <summary>
/// The published questionnaires, read and parsed once at start-up.
/// </summary>
/// <remarks>
/// The model: a questionnaire (<c>ec-member-state</c>) has versions (<c>1.0.0</c>), one file each at
/// <c>&lt;root&gt;/&lt;id&gt;/&lt;version&gt;.schema.json</c>. A published version never changes: answers
/// are validated against the exact version they name, and a change to the questions is a new file.
/// Folders whose name starts with <c>_</c> hold shared definitions that questionnaires <c>$ref</c>;
/// they are served like any version but are not questionnaires and cannot be answered.
/// </remarks>
public sealed class QuestionnaireCatalogue
{
    /// <summary>The folder of the shared vocabulary.</summary>
    public const string VocabularyId = "_vocabulary";

    internal const string Extension = ".schema.json";

    private const string LayoutExtension = ".layout.json";

    private readonly FrozenDictionary<QuestionnaireRef, PublishedVersion> documents;

    private readonly ConcurrentDictionary<(QuestionnaireRef Ref, string Language, bool Bundled), (byte[] Document, EntityTagHeaderValue ETag)> served = new();

    private readonly ConcurrentDictionary<(QuestionnaireRef Ref, string Language), (byte[] Document, EntityTagHeaderValue ETag)> servedLayouts = new();

    private QuestionnaireCatalogue(IEnumerable<PublishedVersion> documents)
    {
        this.documents = documents.ToFrozenDictionary(document => document.Ref);
        Questionnaires = [.. this.documents.Values
            .Where(document => !IsShared(document.Ref.Id))
            .GroupBy(document => document.Ref.Id)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new QuestionnaireSummary(
                group.Key,
                [.. group.OrderBy(document => document.Ref.Version, VersionComparer.Instance)]))];
    }

    /// <summary>The questionnaires, by id, each with its versions oldest first.</summary>
    public IReadOnlyList<QuestionnaireSummary> Questionnaires { get; }

    /// <summary>Every published document, shared definitions included.</summary>
    public IEnumerable<PublishedVersion> Documents => documents.Values;

    /// <summary>Any published document, shared definitions included, or null.</summary>
    public PublishedVersion? FindDocument(QuestionnaireRef reference) => documents.GetValueOrDefault(reference);

    /// <summary>
    /// <paramref name="version"/> as served: in <paramref name="language"/> (the published bytes
    /// themselves in English), and, when <paramref name="bundled"/>, with every document it refers to
    /// inlined (<see cref="SchemaBundle"/>), in the same language. Made when first asked for, off the
    /// start-up path, and kept, with a strong ETag of its own bytes.
    /// </summary>
    public (byte[] Document, EntityTagHeaderValue ETag) Serve(PublishedVersion version, string language, bool bundled) =>
        language == QuestionnaireLanguages.Source && !bundled
            ? (version.Document, version.ETag)
            : served.GetOrAdd((version.Ref, language, bundled), key =>
            {
                var bytes = key.Bundled
                    ? SchemaBundle.Of(key.Ref, referred => FindDocument(referred) is { } found ? InLanguage(found, key.Language) : null)
                    : InLanguage(version, key.Language);
                return (bytes, StrongETag(bytes));
            });

    /// <summary>The layout of <paramref name="version"/> in <paramref name="language"/>, or null when it has none.</summary>
    public (byte[] Document, EntityTagHeaderValue ETag)? ServeLayout(PublishedVersion version, string language)
    {
        if (version.Layout is not { } layout)
        {
            return null;
        }

        return language == QuestionnaireLanguages.Source || !version.Translations.TryGetValue(language, out var translation)
            ? (layout.Document, layout.ETag)
            : servedLayouts.GetOrAdd((version.Ref, language), _ =>
            {
                var bytes = Translation.Apply(layout.Document, translation.Layout);
                return (bytes, StrongETag(bytes));
            });
    }

    private static byte[] InLanguage(PublishedVersion version, string language) =>
        version.Translations.TryGetValue(language, out var translation) ? Translation.Apply(version.Document, translation.Schema) : version.Document;

    /// <summary>A published questionnaire version that answers may name, or null.</summary>
    public PublishedVersion? FindQuestionnaire(QuestionnaireRef reference) =>
        IsShared(reference.Id) ? null : FindDocument(reference);

    /// <summary>
    /// The enumerated ids of a definition of the newest shared vocabulary, e.g. <c>stakeholderGroup</c>:
    /// the registry checks respondents against the same terms the questionnaires use.
    /// </summary>
    public IReadOnlyList<string> VocabularyTerms(string definition) => [.. Vocabulary(definition).Select(term => term.Id)];

    /// <summary>The terms of a vocabulary definition with their titles and, for issues, their levels.</summary>
    public IReadOnlyList<VocabularyTerm> Vocabulary(string definition)
    {
        var schema = documents.Values
            .Where(document => document.Ref.Id == VocabularyId)
            .MaxBy(document => document.Ref.Version, VersionComparer.Instance)
            ?.Schema.Definitions[definition]
            ?? throw new InvalidOperationException($"No '{VocabularyId}' is published.");
        var titles = SchemaExtensions.Map(schema, "x-enumTitles");
        var levels = SchemaExtensions.Map(schema, "x-enumLevels");
        return [.. schema.Enumeration.Select(term => $"{term}")
            .Select(id => new VocabularyTerm(id, titles.GetValueOrDefault(id, id), levels.GetValueOrDefault(id)))];
    }

    /// <summary>Reads and parses every schema under <paramref name="rootPath"/>; a broken one stops the load.</summary>
    public static async Task<QuestionnaireCatalogue> LoadAsync(string rootPath, CancellationToken cancellationToken = default)
    {
        var root = Path.GetFullPath(rootPath);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The questionnaires folder '{root}' does not exist.");
        }

        // Each file parses on its own (its references resolve from disk, not from the others), so they
        // parse side by side, but on one core fewer than the machine has: the host starts while they
        // parse, and a thread pool busy with all of them would keep its server from listening.
        var files = Directory.EnumerateFiles(root, "*" + Extension, SearchOption.AllDirectories).ToList();
        var loaded = new PublishedVersion[files.Count];
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount - 1), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, files.Count), parallelism,
            async (index, token) => loaded[index] = await LoadVersionAsync(root, files[index], token));
        return new QuestionnaireCatalogue(loaded);
    }

    private static async Task<PublishedVersion> LoadVersionAsync(string root, string file, CancellationToken cancellationToken)
    {
        var id = Path.GetFileName(Path.GetDirectoryName(file))!;
        var version = Path.GetFileName(file)[..^Extension.Length];
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        var published = await ParseAsync(new QuestionnaireRef(id, version), bytes, file, root, cancellationToken);
        var layoutFile = file[..^Extension.Length] + LayoutExtension;
        return published with
        {
            Layout = File.Exists(layoutFile) ? await LoadLayoutAsync(layoutFile, cancellationToken) : null,
            Translations = await LoadTranslationsAsync(file[..^Extension.Length], cancellationToken),
        };
    }

    // <version>.<language>.json beside the schema, for each language but the schema's own.
    private static async Task<FrozenDictionary<string, Translation>> LoadTranslationsAsync(string stem, CancellationToken cancellationToken)
    {
        var translations = new Dictionary<string, Translation>(StringComparer.Ordinal);
        foreach (var language in QuestionnaireLanguages.All.Where(language => language != QuestionnaireLanguages.Source))
        {
            var file = $"{stem}.{language}.json";
            if (File.Exists(file))
            {
                translations[language] = Translation.Parse(await File.ReadAllBytesAsync(file, cancellationToken), file);
            }
        }

        return translations.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static async Task<PublishedLayout> LoadLayoutAsync(string file, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        try
        {
            using var layout = JsonDocument.Parse(bytes);
            if (layout.RootElement.ValueKind == JsonValueKind.Object)
            {
                return new PublishedLayout(bytes, StrongETag(bytes));
            }
        }
        catch (JsonException failure)
        {
            throw new InvalidDataException($"The layout '{file}' is not JSON: {failure.Message}", failure);
        }

        throw new InvalidDataException($"The layout '{file}' is not a JSON object.");
    }

    /// <summary>
    /// Parses one schema as published, refusing what the validator would not enforce as written
    /// (<see cref="SchemaKeywords"/>); its <c>$ref</c>s resolve against <paramref name="path"/>, inside
    /// <paramref name="root"/> only.
    /// </summary>
    /// <exception cref="InvalidDataException">The schema cannot be loaded, with why.</exception>
    internal static async Task<PublishedVersion> ParseAsync(
        QuestionnaireRef reference, byte[] bytes, string path, string root, CancellationToken cancellationToken = default)
    {
        try
        {
            using (var document = JsonDocument.Parse(bytes))
            {
                if (SchemaKeywords.Unsupported(document.RootElement) is { Count: > 0 } unsupported)
                {
                    throw new InvalidDataException("it uses what the validator does not enforce: " + string.Join("; ", unsupported));
                }
            }

            var schema = await JsonSchema.FromJsonAsync(
                Encoding.UTF8.GetString(bytes), path, rootSchema => new LocalReferenceResolver(rootSchema, root), cancellationToken);
            var settings = TimedPatterns.Take(schema, Draft7Validator.Settings());
            return new PublishedVersion(reference, schema.Title ?? reference.Id, bytes, StrongETag(bytes), schema, settings);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            throw new InvalidDataException($"The questionnaire schema '{path}' cannot be loaded: {failure.Message}", failure);
        }
    }

    internal static bool IsShared(string id) => id.StartsWith('_');

    private static EntityTagHeaderValue StrongETag(byte[] bytes) => new($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))}\"");
}
