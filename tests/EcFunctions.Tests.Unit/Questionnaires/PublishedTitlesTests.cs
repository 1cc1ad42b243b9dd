using EcFunctions.Http;
using EcFunctions.Questionnaires;

namespace EcFunctions.Tests.Unit.Questionnaires;

/// <summary>The listing read without parsing schemas must be the one the parsed catalogue gives.</summary>
public sealed class PublishedTitlesTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ec-titles-").FullName;

    private string Root => Path.Combine(folder, "questionnaires");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task ListsTheBundledQuestionnairesAsTheCatalogueDoes()
    {
        var root = Path.Combine(AppContext.BaseDirectory, "questionnaires");

        Assert.Equal(FromCatalogue(await QuestionnaireCatalogue.LoadAsync(root)), Flatten(PublishedTitles.Read(root)));
    }

    [Fact]
    public async Task OrdersVersionsNumericallyTitlesByTheNewestAndFallsBackToTheId()
    {
        Write("b/1.10.0.schema.json", """{ "title": "B newest", "type": "object" }""");
        Write("b/1.2.0.schema.json", """{ "title": "B old", "type": "object" }""");
        Write("b/1.9.1.schema.json", """{ "type": "object" }""");
        Write("a/1.0.0.schema.json", """{ "title": "A", "type": "object" }""");
        Write("_shared/1.0.0.schema.json", """{ "definitions": {} }""");

        var titles = Flatten(PublishedTitles.Read(Root));

        Assert.Equal(FromCatalogue(await QuestionnaireCatalogue.LoadAsync(Root)), titles);
        Assert.Equal(
            ["a A: 1.0.0 A", "b B newest: 1.2.0 B old", "b B newest: 1.9.1 b", "b B newest: 1.10.0 B newest"],
            titles.Select(row => $"{row.Id} {row.Title}: {row.Version} {row.VersionTitle}"));
    }

    private static List<(string Id, string Title, string Version, string VersionTitle, string Href)> Flatten(PublishedTitles titles) =>
        [.. titles.Questionnaires.SelectMany(item => item.Versions.Select(version => (item.Id, item.Title, version.Version, version.Title, version.Href)))];

    private static List<(string Id, string Title, string Version, string VersionTitle, string Href)> FromCatalogue(QuestionnaireCatalogue catalogue) =>
        [.. catalogue.Questionnaires.SelectMany(item => item.Versions.Select(version =>
            (item.Id, item.Versions[^1].Title, version.Ref.Version, version.Title, Links.QuestionnaireVersion(version.Ref))))];

    private void Write(string relativePath, string json)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }
}
