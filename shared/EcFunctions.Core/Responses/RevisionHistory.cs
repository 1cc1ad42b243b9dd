namespace EcFunctions.Responses;

/// <summary>One revision in a response's history.</summary>
public sealed record RevisionSummary(int Revision, DateTimeOffset StoredAt, string State, string Actor, long Size, string Sha256, string Href);

/// <summary>The reply of <c>GET .../responses/{respondentId}/revisions</c>, oldest first.</summary>
public sealed record RevisionHistory(string CycleId, string RespondentId, IReadOnlyList<RevisionSummary> Revisions);
