namespace EcFunctions.Questionnaires;

/// <summary>A questionnaire and its published versions, oldest first.</summary>
public sealed record QuestionnaireSummary(string Id, IReadOnlyList<PublishedVersion> Versions);
