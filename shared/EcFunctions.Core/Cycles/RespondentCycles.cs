using EcFunctions.Access;
using EcFunctions.Responses;
using EcFunctions.Storage;

namespace EcFunctions.Cycles;

/// <summary>A cycle as a respondent sees it: only once it is no longer a draft.</summary>
public sealed class RespondentCycles(ResponseStore responses, TimeProvider clock)
{
    /// <summary>The respondent's view, or null for a draft it may not see.</summary>
    public async Task<RespondentCycle?> ViewAsync(CycleEntity cycle, RespondentCaller caller, CancellationToken cancellationToken = default)
    {
        if (cycle.State == CycleState.Draft)
        {
            return null;
        }

        var own = await responses.GetResponseIfExistsAsync(cycle.PartitionKey, caller.Respondent.Id, cancellationToken);
        return new RespondentCycle(
            cycle.PartitionKey, cycle.State, cycle.OpensAt, cycle.ClosesAt,
            CycleViews.AcceptsAnswers(cycle, clock.GetUtcNow(), amending: own?.SubmittedRevision is not null),
            CycleStore.Questionnaires(cycle)[caller.Respondent.Kind], own?.Revision, own?.StoredAt, own?.State);
    }
}
