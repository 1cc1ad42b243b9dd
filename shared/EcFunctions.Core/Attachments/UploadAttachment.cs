using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using EcFunctions.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Attachments;

/// <summary>
/// Attaches a file to a respondent's response while its cycle takes answers. The body is the file;
/// its name comes from <c>Content-Disposition: attachment; filename="..."</c>. Answers then refer to
/// it by the returned id.
/// </summary>
public sealed class UploadAttachmentHandler(
    ResponseTargets targets, AttachmentStore store, IdempotentRequests idempotency, AuditTrail audit, IOptions<AttachmentOptions> options)
{
    /// <summary>201 with the attachment; 200 when these bytes were attached before; 413 too large; 415 not PDF, DOCX or ODT.</summary>
    public async Task<Results<Created<AttachmentInfo>, Ok<AttachmentInfo>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (ResponseTargets.Addressing(caller, cycleId, respondentId) is { } refused)
        {
            return refused;
        }

        var (body, unreadable) = await RequestBody.ReadAsync(request, RequestBody.AnyMediaType, options.Value.MaxBytes, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        return await idempotency.RunAsync(
            request, AuditTrail.ActorOf(caller), body, EcJsonContext.Default.AttachmentInfo,
            () => UploadOnceAsync(caller, cycleId, respondentId, request, body, cancellationToken), cancellationToken);
    }

    private async Task<Results<Created<AttachmentInfo>, Ok<AttachmentInfo>, ProblemHttpResult>> UploadOnceAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, byte[] body, CancellationToken cancellationToken)
    {
        var (target, closed) = await targets.FindAsync(caller, cycleId, respondentId, write: null, cancellationToken);
        if (target is null)
        {
            return closed!;
        }

        if (AttachmentTypes.Detect(body) is not { } mediaType)
        {
            return Problems.AttachmentTypeNotAllowed();
        }

        var actor = AuditTrail.ActorOf(caller);
        var (row, created) = await store.AddAsync(cycleId, respondentId, body, mediaType, AttachmentNames.FromRequest(request, mediaType), actor, cancellationToken);
        var attachment = AttachmentInfo.From(row);
        if (!created)
        {
            return TypedResults.Ok(attachment);
        }

        await audit.RecordAsync(
            AuditActions.AttachmentUploaded, actor, cycleId, respondentId,
            $"{row.AttachmentId}: {row.FileName} ({row.MediaType}, {row.Size} bytes)", cancellationToken);
        return TypedResults.Created(attachment.Href, attachment);
    }
}
