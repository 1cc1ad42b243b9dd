using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Attachments;

/// <summary>Lists the files attached to a respondent's response.</summary>
public sealed class ListAttachmentsHandler(AttachmentStore store)
{
    /// <summary>200 with the attachments, by id (none is an empty list).</summary>
    public async Task<Results<Ok<AttachmentListing>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, CancellationToken cancellationToken = default)
    {
        if (ResponseKeys.Check(caller, cycleId, respondentId, () => Problems.ResponseNotFound(cycleId, respondentId)) is { } refused)
        {
            return refused;
        }

        var rows = await store.ListAsync(cycleId, respondentId, cancellationToken);
        return TypedResults.Ok(new AttachmentListing([.. rows.Select(AttachmentInfo.From)]));
    }
}
