using System.Text.Json;
using System.Text.Json.Nodes;
using EcFunctions.Questionnaires;
using EcFunctions.Synthesis;

namespace EcFunctions.Tests.Unit.Questionnaires;

/// <summary>
/// Version 1.1.0 of each bundled questionnaire refers to the sections of 1.0.0 rather than copying
/// them: it must ask exactly the same questions and check them the same way, plus attachments.
/// </summary>
public sealed class ComposedVersionTests
{
    private static readonly Task<QuestionnaireCatalogue> Catalogue =
        QuestionnaireCatalogue.LoadAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires"));

    public static TheoryData<string> Questionnaires => ["ec-member-state", "ec-organisation", "ec-stakeholder"];

    [Theory]
    [MemberData(nameof(Questionnaires))]
    public async Task AsksTheQuestionsOfTheEarlierVersionPlusAttachments(string questionnaireId)
    {
        var (earlier, later) = await VersionsAsync(questionnaireId);

        var (before, after) = (QuestionnaireFields.Of(earlier), QuestionnaireFields.Of(later));

        Assert.Equal(before.ClosedQuestions.Select(Describe), after.ClosedQuestions.Select(Describe));
        Assert.Equal(before.FreeTextQuestions, after.FreeTextQuestions);
        Assert.Equal([.. before.Columns, "attachments.id", "attachments.title"], after.Columns);
    }

    [Theory]
    [MemberData(nameof(Questionnaires))]
    public async Task ValidatesAnswersAsTheEarlierVersionDoesAndChecksAttachmentIds(string questionnaireId)
    {
        var (earlier, later) = await VersionsAsync(questionnaireId);
        var answer = Sample(questionnaireId);
        answer["answers"]!["unknownQuestion"] = true;
        var asLater = answer.DeepClone();
        asLater["questionnaire"]!["version"] = "1.1.0";
        asLater["attachments"] = new JsonArray(new JsonObject { ["id"] = new string('a', 32), ["title"] = "Report" }, new JsonObject { ["id"] = "report.pdf" });

        var earlierErrors = AnswerValidator.Validate(earlier, Parse(answer));
        var laterErrors = AnswerValidator.Validate(later, Parse(asLater));

        Assert.Equal(["/answers/unknownQuestion"], earlierErrors.Keys);
        Assert.Equal(["/answers/unknownQuestion", "/attachments/1/id"], laterErrors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(earlierErrors["/answers/unknownQuestion"], laterErrors["/answers/unknownQuestion"]);
    }

    private static async Task<(PublishedVersion Earlier, PublishedVersion Later)> VersionsAsync(string questionnaireId)
    {
        var catalogue = await Catalogue;
        return (catalogue.FindQuestionnaire(new QuestionnaireRef(questionnaireId, "1.0.0"))!,
            catalogue.FindQuestionnaire(new QuestionnaireRef(questionnaireId, "1.1.0"))!);
    }

    private static string Describe(ClosedQuestion question) =>
        $"{question.Path} {question.Title} {question.Multiple} {string.Join('|', question.Values)} {string.Join('|', question.ValueTitles)}";

    private static JsonObject Sample(string questionnaireId) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", $"{questionnaireId}.valid.json")))!.AsObject();

    private static JsonElement Parse(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;
}
