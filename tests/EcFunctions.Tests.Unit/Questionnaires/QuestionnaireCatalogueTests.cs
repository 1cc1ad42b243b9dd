using System.Text.Json;
using EcFunctions.Questionnaires;

namespace EcFunctions.Tests.Unit.Questionnaires;

public sealed class QuestionnaireCatalogueTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("ec-catalogue-").FullName;

    private string Root => Path.Combine(folder, "questionnaires");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task LoadsTheBundledQuestionnairesAndKeepsSharedDefinitionsApart()
    {
        var catalogue = await QuestionnaireCatalogue.LoadAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires"));

        Assert.Equal(["ec-member-state", "ec-organisation", "ec-stakeholder"], catalogue.Questionnaires.Select(q => q.Id));
        Assert.NotNull(catalogue.FindDocument(new QuestionnaireRef("_vocabulary", "1.0.0")));
        Assert.Null(catalogue.FindQuestionnaire(new QuestionnaireRef("_vocabulary", "1.0.0")));
    }

    [Fact]
    public async Task EveryBundledQuestionnaireRequiresAnswersToNameItsOwnIdAndVersion()
    {
        var catalogue = await QuestionnaireCatalogue.LoadAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires"));

        Assert.All(catalogue.Questionnaires.SelectMany(q => q.Versions), version =>
        {
            using var schema = JsonDocument.Parse(version.Document);
            var named = schema.RootElement.GetProperty("properties").GetProperty("questionnaire").GetProperty("properties");
            Assert.Equal([version.Ref.Id], named.GetProperty("id").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
            Assert.Equal([version.Ref.Version], named.GetProperty("version").GetProperty("enum").EnumerateArray().Select(v => v.GetString()));
            Assert.Contains("questionnaire", schema.RootElement.GetProperty("required").EnumerateArray().Select(v => v.GetString()));
        });
    }

    [Fact]
    public async Task OrdersVersionsNumerically()
    {
        foreach (var version in new[] { "1.10.0", "1.2.0", "1.9.1" })
        {
            Write($"q/{version}.schema.json", """{ "title": "Q", "type": "object" }""");
        }

        var catalogue = await QuestionnaireCatalogue.LoadAsync(Root);

        Assert.Equal(["1.2.0", "1.9.1", "1.10.0"], Assert.Single(catalogue.Questionnaires).Versions.Select(v => v.Ref.Version));
    }

    [Fact]
    public async Task ResolvesARelativeFileReference()
    {
        Write("_shared/1.0.0.schema.json", """{ "definitions": { "code": { "type": "string", "maxLength": 2 } } }""");
        Write("q/1.0.0.schema.json", """{ "type": "object", "properties": { "c": { "$ref": "../_shared/1.0.0.schema.json#/definitions/code" } } }""");

        var catalogue = await QuestionnaireCatalogue.LoadAsync(Root);

        var schema = catalogue.FindQuestionnaire(new QuestionnaireRef("q", "1.0.0"))!.Schema;
        Assert.Single(schema.Validate("""{ "c": "abc" }"""));
    }

    [Theory]
    [InlineData("https://example.org/remote.schema.json#/definitions/x", "remote")]
    [InlineData("../../outside.schema.json#/definitions/x", "leaves the questionnaires folder")]
    [InlineData("/etc/passwd", "leaves the questionnaires folder")]
    public async Task RefusesToLoadASchemaThatRefersOutsideTheFolder(string reference, string reason)
    {
        File.WriteAllText(Path.Combine(folder, "outside.schema.json"), """{ "definitions": { "x": {} } }""");
        Write("q/1.0.0.schema.json", $$"""{ "type": "object", "properties": { "x": { "$ref": "{{reference}}" } } }""");

        var failure = await Assert.ThrowsAsync<InvalidDataException>(() => QuestionnaireCatalogue.LoadAsync(Root));

        Assert.Contains(reason, failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RefusesASchemaWithBothPatternAndFormat()
    {
        Write("q/1.0.0.schema.json", """{ "type": "string", "format": "email", "pattern": "^a" }""");

        var failure = await Assert.ThrowsAsync<InvalidDataException>(() => QuestionnaireCatalogue.LoadAsync(Root));

        Assert.Contains("both format", failure.ToString(), StringComparison.Ordinal);
    }

    private void Write(string relativePath, string json)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
    }
}
