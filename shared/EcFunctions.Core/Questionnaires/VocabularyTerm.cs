namespace EcFunctions.Questionnaires;

/// <summary>A term of the shared vocabulary: its stable id, its human title and, for issues, its level.</summary>
public sealed record VocabularyTerm(string Id, string Title, string? Level);
