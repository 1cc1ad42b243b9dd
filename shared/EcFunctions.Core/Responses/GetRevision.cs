using System.Globalization;
using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>Returns any revision of a response, byte for byte as it was stored.</summary>
public sealed class GetRevisionHandler(ResponseStore store)
{
    /// <summary>The revision's bytes with its state in <c>Response-State</c>, or 404.</summary>
    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, string revision, HttpResponse response, CancellationToken cancellationToken = default)
    {
        if (ResponseKeys.Check(caller, cycleId, respondentId, () => Problems.ResponseNotFound(cycleId, respondentId)) is { } refused)
        {
            return refused;
        }

        if (!int.TryParse(revision, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || await store.GetRevisionIfExistsAsync(cycleId, respondentId, number, cancellationToken) is not { } row)
        {
            return Problems.ResponseNotFound(cycleId, respondentId);
        }

        if (await store.OpenRevisionIfExistsAsync(row, cancellationToken) is not { } content)
        {
            return Problems.RevisionContentMissing(cycleId, respondentId, row.Revision);
        }

        response.Headers["Response-State"] = row.State;
        return TypedResults.Stream(content, "application/json", lastModified: row.StoredAt, entityTag: ResponseETag.For(row));
    }
}
