using System.Text.Json;
using EcFunctions.Questionnaires;
using NJsonSchema;

namespace EcFunctions.Tests.Unit.Questionnaires;

/// <summary>Each version's layout speaks of that version: every field it names exists, every choice it titles is a choice.</summary>
public sealed class LayoutTests
{
    public static TheoryData<string, string> Versions()
    {
        var versions = new TheoryData<string, string>();
        foreach (var version in Catalogue().Questionnaires.SelectMany(questionnaire => questionnaire.Versions))
        {
            versions.Add(version.Ref.Id, version.Ref.Version);
        }

        return versions;
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public void NamesOnlyFieldsAndChoicesOfItsVersion(string id, string version)
    {
        var published = Catalogue().FindQuestionnaire(new QuestionnaireRef(id, version))!;
        Assert.NotNull(published.Layout);
        using var layout = JsonDocument.Parse(published.Layout.Document);

        var strays = Strays(layout.RootElement, published.Schema, "").ToList();

        Assert.True(strays.Count == 0, string.Join(Environment.NewLine, strays));
    }

    private static IEnumerable<string> Strays(JsonElement layout, JsonSchema schema, string path)
    {
        schema = schema.ActualSchema;
        var properties = schema.ActualProperties;
        foreach (var entry in layout.EnumerateObject())
        {
            var at = $"{path}/{entry.Name}";
            if (entry.Name == "ui:enumNames")
            {
                var choices = (schema.Item?.ActualSchema ?? schema).Enumeration.Select(choice => $"{choice}").ToHashSet();
                foreach (var titled in entry.Value.EnumerateObject().Where(titled => !choices.Contains(titled.Name)))
                {
                    yield return $"{at}/{titled.Name}: not a choice";
                }
            }
            else if (entry.Name == "items" && schema.Item is { } item)
            {
                foreach (var stray in Strays(entry.Value, item, at))
                {
                    yield return stray;
                }
            }
            else if (entry.Name.StartsWith("ui:", StringComparison.Ordinal) || entry.Name == "$comment")
            {
                continue;
            }
            else if (properties.TryGetValue(entry.Name, out var property))
            {
                foreach (var stray in Strays(entry.Value, property, at))
                {
                    yield return stray;
                }
            }
            else
            {
                yield return $"{at}: no such field";
            }
        }
    }

    private static QuestionnaireCatalogue Catalogue() =>
        QuestionnaireCatalogue.LoadAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires")).GetAwaiter().GetResult();
}
