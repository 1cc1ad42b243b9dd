using EcFunctions.Http;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Responses;

/// <summary>
/// The conditional-request rules (RFC 9110 §13) every write to a response obeys. A write must say
/// which state it was made from: <c>If-None-Match: *</c> when it creates the response, <c>If-Match</c>
/// with the response's ETag when it changes it. Two clients editing at once therefore cannot
/// overwrite each other unseen: the second gets 412 and reads again.
/// </summary>
internal static class ResponsePreconditions
{
    /// <summary>Whether the request may only create the response: <c>If-None-Match: *</c> and no <c>If-Match</c>.</summary>
    public static bool CreatesOnly(HttpRequest request)
    {
        var headers = request.GetTypedHeaders();
        return headers.IfMatch.Count == 0 && headers.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any));
    }

    /// <summary>The one response ETag the request's <c>If-Match</c> names, if it names exactly one.</summary>
    public static EntityTagHeaderValue? MadeFrom(HttpRequest request) =>
        request.GetTypedHeaders().IfMatch is [var tag] && !tag.Equals(EntityTagHeaderValue.Any) ? tag : null;

    /// <summary>Null when the request's preconditions hold against <paramref name="current"/>; the problem otherwise.</summary>
    public static ProblemHttpResult? Check(HttpRequest request, ResponseEntity? current, string cycleId, string respondentId)
    {
        var headers = request.GetTypedHeaders();
        var currentTag = current is null ? null : ResponseETag.For(current);
        if (headers.IfMatch.Count == 0 && headers.IfNoneMatch.Count == 0)
        {
            return Problems.PreconditionRequired(cycleId, respondentId, currentTag?.Tag.Value);
        }

        var matches = headers.IfMatch.Count == 0
            || (currentTag is not null && headers.IfMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(currentTag, useStrongComparison: true)));
        var noneMatch = headers.IfNoneMatch.Count == 0
            || currentTag is null
            || !headers.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(currentTag, useStrongComparison: false));
        return matches && noneMatch ? null : Problems.PreconditionFailed(cycleId, respondentId, currentTag?.Tag.Value);
    }
}
