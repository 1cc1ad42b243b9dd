namespace EcFunctions.Questionnaires;

/// <summary>Names one published version of a questionnaire; every answer carries one.</summary>
/// <param name="Id">The questionnaire, e.g. <c>ec-member-state</c>.</param>
/// <param name="Version">The exact version answered, e.g. <c>1.0.0</c>.</param>
public sealed record QuestionnaireRef(string Id, string Version);
