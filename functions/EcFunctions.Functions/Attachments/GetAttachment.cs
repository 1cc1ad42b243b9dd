using EcFunctions.Access;
using EcFunctions.Attachments;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Attachments;

/// <summary><c>GET /api/cycles/{cycleId}/responses/{respondentId}/attachments/{attachmentId}</c>.</summary>
public sealed class GetAttachment(CallerIdentity callers, GetAttachmentHandler handler)
{
    [Function(nameof(GetAttachment))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Attachment)] HttpRequest request,
        string cycleId,
        string respondentId,
        string attachmentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, respondentId, attachmentId, request.HttpContext.RequestAborted);
}
