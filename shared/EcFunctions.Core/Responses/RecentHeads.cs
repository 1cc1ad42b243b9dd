using System.Collections.Concurrent;
using EcFunctions.Storage;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Responses;

/// <summary>
/// The head of each response as this instance last wrote or served it, with the table's ETag, so that
/// the next write made from it (<c>If-Match</c> with its ETag: the web form saving the answer it
/// opened, a draft again, then the submission) skips reading the head. Safe without expiry: that write commits on the remembered
/// table ETag, so a head changed since (by a write through another instance, or by the close's fence)
/// fails the commit, which then reads what is there, and the head is forgotten.
/// </summary>
public sealed class RecentHeads
{
    private readonly ConcurrentDictionary<(string CycleId, string RespondentId), ResponseEntity> heads = new();

    /// <summary>The head as this instance last wrote or served it, when <paramref name="madeFrom"/> is its response's ETag.</summary>
    public ResponseEntity? Find(string cycleId, string respondentId, EntityTagHeaderValue? madeFrom) =>
        madeFrom is not null && heads.TryGetValue((cycleId, respondentId), out var head)
            && ResponseETag.For(head).Compare(madeFrom, useStrongComparison: true)
            ? head : null;

    /// <summary>Keeps a head just written or read, unless storage's reply did not give its table ETag.</summary>
    public void Remember(ResponseEntity head)
    {
        if (head.ETag != default)
        {
            heads[(head.PartitionKey, head.RespondentId)] = head;
        }
    }

    /// <summary>Forgets a response's head, which a write found changed.</summary>
    public void Forget(string cycleId, string respondentId) => heads.TryRemove((cycleId, respondentId), out _);
}
