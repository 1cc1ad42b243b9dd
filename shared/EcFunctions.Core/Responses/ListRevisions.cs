using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>Lists every revision of a response: number, time, state, who, size and hash.</summary>
public sealed class ListRevisionsHandler(ResponseStore store)
{
    /// <summary>The history, oldest first, or 404.</summary>
    public async Task<Results<Ok<RevisionHistory>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, CancellationToken cancellationToken = default)
    {
        if (ResponseKeys.Check(caller, cycleId, respondentId, () => Problems.ResponseNotFound(cycleId, respondentId)) is { } refused)
        {
            return refused;
        }

        var revisions = await store.ListRevisionsAsync(cycleId, respondentId, cancellationToken);
        return revisions.Count == 0
            ? Problems.ResponseNotFound(cycleId, respondentId)
            : TypedResults.Ok(new RevisionHistory(cycleId, respondentId, [.. revisions.Select(revision => new RevisionSummary(
                revision.Revision, revision.StoredAt, revision.State, revision.Actor, revision.Size, revision.Sha256,
                Links.ResponseRevision(cycleId, respondentId, revision.Revision)))]));
    }
}
