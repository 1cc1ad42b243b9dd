using System.Text.Json;
using EcFunctions.Questionnaires;

namespace EcFunctions.Responses;

/// <summary>
/// The part of every answer that says what it answers: <c>{"questionnaire": {"id": ..., "version": ...}}</c>.
/// It is read before validation because it chooses the schema to validate with.
/// </summary>
internal static class AnswerEnvelope
{
    public static readonly Dictionary<string, string[]> QuestionnaireMissing = new()
    {
        ["/questionnaire"] =
        [
            "The answer must name the questionnaire version it answers, as \"questionnaire\": {\"id\": \"...\", \"version\": \"...\"}.",
        ],
    };

    public static QuestionnaireRef? ReadQuestionnaire(JsonElement answer) =>
        answer.ValueKind == JsonValueKind.Object
        && answer.TryGetProperty("questionnaire", out var questionnaire)
        && questionnaire.ValueKind == JsonValueKind.Object
        && questionnaire.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
        && questionnaire.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.String
            ? new QuestionnaireRef(id.GetString()!, version.GetString()!)
            : null;
}
