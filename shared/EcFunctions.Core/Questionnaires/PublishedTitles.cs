using System.Text.Json;
using EcFunctions.Http;

namespace EcFunctions.Questionnaires;

/// <summary>
/// The questionnaires' versions and titles, read from the files' names and their <c>title</c> alone:
/// all that <c>GET /api/questionnaires</c> needs, ready in milliseconds while the catalogue still
/// parses the schemas, so the first listing after a cold start does not wait for them. A schema the
/// catalogue refuses stops the host all the same.
/// </summary>
public sealed class PublishedTitles
{
    private PublishedTitles(IReadOnlyList<QuestionnaireListingItem> questionnaires) => Questionnaires = questionnaires;

    /// <summary>The questionnaires (not the shared definitions), by id, each with its versions oldest first.</summary>
    public IReadOnlyList<QuestionnaireListingItem> Questionnaires { get; }

    /// <summary>Reads the titles under <paramref name="rootPath"/>, named and ordered as the catalogue names and orders them.</summary>
    public static PublishedTitles Read(string rootPath)
    {
        var root = Path.GetFullPath(rootPath);
        return new([.. Directory.EnumerateFiles(root, "*" + QuestionnaireCatalogue.Extension, SearchOption.AllDirectories)
            .Select(file => new QuestionnaireRef(Path.GetFileName(Path.GetDirectoryName(file))!, Path.GetFileName(file)[..^QuestionnaireCatalogue.Extension.Length]))
            .Where(reference => !QuestionnaireCatalogue.IsShared(reference.Id))
            .GroupBy(reference => reference.Id)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => Item(root, group.Key, [.. group.OrderBy(reference => reference.Version, VersionComparer.Instance)]))]);
    }

    private static QuestionnaireListingItem Item(string root, string id, IReadOnlyList<QuestionnaireRef> versions)
    {
        IReadOnlyList<QuestionnaireListingVersion> listed = [.. versions.Select(reference =>
            new QuestionnaireListingVersion(reference.Version, Title(root, reference), Links.QuestionnaireVersion(reference)))];
        return new QuestionnaireListingItem(id, listed[^1].Title, listed);
    }

    // As the catalogue titles a version: the schema's title, else the questionnaire's id.
    private static string Title(string root, QuestionnaireRef reference)
    {
        using var schema = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(root, reference.Id, reference.Version + QuestionnaireCatalogue.Extension)));
        return schema.RootElement.ValueKind == JsonValueKind.Object
            && schema.RootElement.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String
            ? title.GetString()! : reference.Id;
    }
}
