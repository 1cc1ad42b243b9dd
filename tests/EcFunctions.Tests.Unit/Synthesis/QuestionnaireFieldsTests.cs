using EcFunctions.Questionnaires;
using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Synthesis;

/// <summary>What the report prints of each bundled questionnaire version is for people, not codes.</summary>
public sealed class QuestionnaireFieldsTests
{
    private static readonly Task<QuestionnaireCatalogue> Catalogue =
        QuestionnaireCatalogue.LoadAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires"));

    public static TheoryData<string, string> Versions => new()
    {
        { "ec-member-state", "1.0.0" }, { "ec-member-state", "1.1.0" },
        { "ec-organisation", "1.0.0" }, { "ec-organisation", "1.1.0" },
        { "ec-stakeholder", "1.0.0" }, { "ec-stakeholder", "1.1.0" },
    };

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task TitlesEveryChoiceOfEveryClosedQuestion(string questionnaireId, string version)
    {
        var fields = await FieldsAsync(questionnaireId, version);

        var untitled = fields.ClosedQuestions.SelectMany(question => question.Values
            .Where(value => !question.ValueTitles.ContainsKey(value)).Select(value => $"{question.Path}: {value}"));

        Assert.Empty(untitled);
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task GivesNoTwoQuestionsTheSameTitle(string questionnaireId, string version)
    {
        var fields = await FieldsAsync(questionnaireId, version);

        var titles = fields.FreeTextQuestions.Select(question => question.Title).Concat(fields.ClosedQuestions.Select(question => question.Title)).ToList();

        Assert.Equal(titles.Distinct(StringComparer.Ordinal), titles);
    }

    [Fact]
    public async Task TakesTheTitlesTheSchemaLeavesOutFromTheLayoutBesideIt()
    {
        var fields = await FieldsAsync("ec-member-state", "1.1.0");

        var position = fields.ClosedQuestions.Single(question => question.Path == "answers.position.choice");

        Assert.Equal("Position on implementation: Preferred approach", position.Title);
        Assert.Equal("A new intergovernmental body", position.ValueTitles["new-intergovernmental-body"]);
    }

    private static async Task<QuestionnaireFields> FieldsAsync(string questionnaireId, string version) =>
        QuestionnaireFields.Of((await Catalogue).FindQuestionnaire(new QuestionnaireRef(questionnaireId, version))!);
}
