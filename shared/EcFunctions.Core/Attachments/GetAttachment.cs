using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Attachments;

/// <summary>Downloads an attached file, with the name it was uploaded with.</summary>
public sealed class GetAttachmentHandler(AttachmentStore store)
{
    /// <summary>The file, typed by its content; 404 when the response has no such attachment.</summary>
    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, string attachmentId, CancellationToken cancellationToken = default)
    {
        if (ResponseKeys.Check(caller, cycleId, respondentId, () => Problems.AttachmentNotFound(cycleId, respondentId, attachmentId)) is { } refused)
        {
            return refused;
        }

        if (!Identifiers.IsValid(attachmentId) || await store.GetIfExistsAsync(cycleId, respondentId, attachmentId, cancellationToken) is not { } row)
        {
            return Problems.AttachmentNotFound(cycleId, respondentId, attachmentId);
        }

        return TypedResults.Stream(
            await store.OpenAsync(row, cancellationToken), row.MediaType, row.FileName,
            lastModified: row.UploadedAt, entityTag: new EntityTagHeaderValue($"\"{row.Sha256[..32]}\""));
    }
}
