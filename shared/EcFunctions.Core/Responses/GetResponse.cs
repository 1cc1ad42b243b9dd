using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>Returns the current revision of a respondent's answer exactly as it was stored.</summary>
public sealed class GetResponseHandler(ResponseStore store, RecentHeads recentHeads)
{
    /// <summary>The stored bytes, with the response's ETag and an RFC 9530 digest of the bytes.</summary>
    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, HttpResponse response, CancellationToken cancellationToken = default)
    {
        if (ResponseKeys.Check(caller, cycleId, respondentId, () => Problems.ResponseNotFound(cycleId, respondentId)) is { } refused)
        {
            return refused;
        }

        var head = await store.GetResponseIfExistsAsync(cycleId, respondentId, cancellationToken);
        if (head is null)
        {
            return Problems.ResponseNotFound(cycleId, respondentId);
        }

        // The form that opens the answer saves it next, from this ETag.
        recentHeads.Remember(head);

        if (await store.OpenRevisionIfExistsAsync(head, cancellationToken) is not { } content)
        {
            return Problems.RevisionContentMissing(cycleId, respondentId, head.Revision);
        }

        response.Headers["Response-State"] = head.State;
        response.Headers["Repr-Digest"] = $"sha-256=:{Convert.ToBase64String(Convert.FromHexString(head.Sha256))}:";
        return TypedResults.Stream(content, "application/json", lastModified: head.StoredAt, entityTag: ResponseETag.For(head));
    }
}
