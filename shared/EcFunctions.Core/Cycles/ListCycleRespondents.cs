using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Respondents;
using EcFunctions.Responses;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Cycles;

/// <summary>
/// The secretariat's progress table of a cycle: every registered respondent with the state of its
/// response. Two reads, the registry and the cycle's response heads, whatever the number of respondents.
/// </summary>
public sealed class ListCycleRespondentsHandler(CycleStore cycles, RespondentStore respondents, ResponseStore responses)
{
    /// <summary>Not-started respondents included; a deactivated one only if it has answered.</summary>
    public async Task<Results<Ok<CycleRespondents>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        if (await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken) is null)
        {
            return Problems.CycleNotFound(cycleId);
        }

        var heads = new Dictionary<string, ResponseEntity>(StringComparer.Ordinal);
        await foreach (var head in responses.ListHeadsAsync(cycleId, cancellationToken))
        {
            if (head.Revision > 0)
            {
                heads[head.RespondentId] = head;
            }
        }

        var rows = (await respondents.ListAsync(cancellationToken))
            .Where(respondent => respondent.Active || heads.ContainsKey(respondent.Id))
            .Select(respondent => Progress(respondent, heads.GetValueOrDefault(respondent.Id)))
            .OrderBy(row => row.Kind, StringComparer.Ordinal)
            .ThenBy(row => row.DisplayName, StringComparer.CurrentCulture)
            .ToList();
        return TypedResults.Ok(new CycleRespondents(cycleId, rows));
    }

    private static RespondentProgress Progress(Respondent respondent, ResponseEntity? head) => new(
        respondent.Id, respondent.DisplayName, respondent.Kind, respondent.Region, respondent.Active,
        head?.State ?? NotStarted, head?.Revision, head?.StoredAt);

    private const string NotStarted = "not-started";
}

/// <summary>The reply of <c>GET /api/cycles/{cycleId}/respondents</c>.</summary>
public sealed record CycleRespondents(string CycleId, IReadOnlyList<RespondentProgress> Respondents);

/// <summary>One row of a cycle's progress table.</summary>
/// <param name="RespondentId">The respondent.</param>
/// <param name="DisplayName">Its name.</param>
/// <param name="Kind">member-state, organisation or other-stakeholder.</param>
/// <param name="Region">Its region, when it has one.</param>
/// <param name="Active">False for a deactivated respondent (listed only when it has answered).</param>
/// <param name="State"><c>not-started</c>, <c>draft</c>, <c>submitted</c> or <c>withdrawn</c>.</param>
/// <param name="Revision">The response's last revision; null when not started.</param>
/// <param name="LastChangedAt">When that revision was stored; null when not started.</param>
public sealed record RespondentProgress(
    string RespondentId, string DisplayName, string Kind, string? Region, bool Active, string State, int? Revision,
    DateTimeOffset? LastChangedAt);
