namespace EcFunctions.Audit;

/// <summary>One event of the audit trail, as the API shows it.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Action">What happened (see the README's list).</param>
/// <param name="Actor">Who did it.</param>
/// <param name="CycleId">The cycle it belongs to, or null for tokens and the registry.</param>
/// <param name="RespondentId">The respondent it concerns, if any.</param>
/// <param name="Detail">What was touched, in a few words.</param>
public sealed record AuditEvent(DateTimeOffset At, string Action, string Actor, string? CycleId, string? RespondentId, string Detail);

/// <summary>A page of the audit trail.</summary>
/// <param name="Events">The events, by cycle and then in the order they happened.</param>
/// <param name="Next">The link to the next page, or null on the last page.</param>
public sealed record AuditPage(IReadOnlyList<AuditEvent> Events, string? Next);
