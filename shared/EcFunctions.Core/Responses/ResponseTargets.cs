using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Respondents;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>A response about to be written to: its cycle, its respondent and its current state.</summary>
/// <param name="Cycle">The cycle as read, with the ETag a write commits against.</param>
/// <param name="Respondent">The registered, active respondent.</param>
/// <param name="Current">The response's head, or null before its first write.</param>
public sealed record ResponseTarget(CycleEntity Cycle, Respondent Respondent, ResponseEntity? Current);

/// <summary>
/// Decides whether a caller may write to a respondent's response in a cycle now: answers, drafts,
/// withdrawals and attachments all go through here.
/// </summary>
public sealed class ResponseTargets(
    ResponseStore store, RespondentStore respondents, CycleStore cycles, OpenCycles openCycles, RecentHeads recentHeads, TimeProvider clock)
{
    /// <summary>Who may write, checked before anything is read: the secretariat, or the respondent itself.</summary>
    public static ProblemHttpResult? Addressing(Caller caller, string cycleId, string respondentId) =>
        ResponseKeys.Check(caller, cycleId, respondentId, () => Problems.RespondentNotFound(respondentId));

    /// <summary>The target, or why it cannot be written to: no such cycle or respondent, or the cycle takes no answers now.</summary>
    /// <param name="caller">Who writes.</param>
    /// <param name="cycleId">The cycle.</param>
    /// <param name="respondentId">Whose response.</param>
    /// <param name="write">
    /// The write's request, when its preconditions may spare reading the head: one that may only create
    /// the response (<c>If-None-Match: *</c>) commits only where there is none, and one made from the
    /// head this instance last wrote (<c>If-Match</c>, see <see cref="RecentHeads"/>) commits only on it;
    /// a failed commit reads what is there instead. Null to read the head.
    /// </param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    public async Task<(ResponseTarget? Target, ProblemHttpResult? Problem)> FindAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest? write, CancellationToken cancellationToken = default)
    {
        var creating = write is not null && ResponsePreconditions.CreatesOnly(write);
        var remembered = write is null ? null : recentHeads.Find(cycleId, respondentId, ResponsePreconditions.MadeFrom(write));
        var self = (caller as RespondentCaller)?.Respondent;
        var cached = openCycles.Find(cycleId);
        if (creating && cached is not null && (self is null || !OpenCycles.Fences(cached, self)))
        {
            cached = null;
        }

        // The reads do not depend on each other, so they take one round trip rather than three.
        var reading = cached is null ? cycles.GetCycleIfExistsAsync(cycleId, cancellationToken) : null;
        var registered = self is not null ? Task.FromResult<Respondent?>(self) : respondents.GetRecentRespondentAsync(respondentId, cancellationToken);
        var head = creating || remembered is not null
            ? Task.FromResult(remembered)
            : store.GetResponseIfExistsAsync(cycleId, respondentId, cancellationToken);
        await Task.WhenAll(reading ?? Task.CompletedTask, registered, head);

        // The close marks the cycle, then fences the heads. A head read after its fence may pair with a
        // cycle read before the mark (the reads race each other), so a fenced head has its cycle read
        // again, which then shows the mark; an unfenced head is one the fence will still change, which
        // the write's condition catches.
        var current = await head;
        // A cached cycle stands only for a head the close will still change (see OpenCycles).
        var cycle = cached is not null && (creating || current is { FencedAt: null }) ? cached
            : current?.FencedAt is null && reading is not null ? await reading
            : await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken);
        openCycles.Remember(cycleId, cycle);
        if (cycle is null || (caller is RespondentCaller && cycle.State == CycleState.Draft))
        {
            return (null, Problems.CycleNotFound(cycleId));
        }

        if (await registered is not { Active: true } respondent)
        {
            return (null, Problems.RespondentNotFound(respondentId));
        }

        return Refusal(cycle, current) is { } closed ? (null, closed) : (new ResponseTarget(cycle, respondent, current), null);
    }

    /// <summary>
    /// Null while <paramref name="cycle"/> takes answers for a response in state <paramref name="current"/>
    /// (a submitted one may still be amended during the grace period); the problem saying since or from when otherwise.
    /// </summary>
    public ProblemHttpResult? Refusal(CycleEntity cycle, ResponseEntity? current)
    {
        var now = clock.GetUtcNow();
        var amending = current?.SubmittedRevision is not null;
        if (CycleViews.AcceptsAnswers(cycle, now, amending))
        {
            return null;
        }

        DateTimeOffset? closedSince = CycleState.AfterClose.Contains(cycle.State) ? cycle.ClosedAt ?? cycle.ClosesAt
            : now >= cycle.ClosesAt ? CycleViews.LastAnswerTime(cycle, amending)
            : null;
        return Problems.CycleNotAcceptingAnswers(cycle.PartitionKey, cycle.State, cycle.OpensAt, closedSince);
    }
}
