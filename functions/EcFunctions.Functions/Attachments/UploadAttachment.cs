using EcFunctions.Access;
using EcFunctions.Attachments;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Attachments;

/// <summary><c>POST /api/cycles/{cycleId}/responses/{respondentId}/attachments</c>.</summary>
public sealed class UploadAttachment(CallerIdentity callers, UploadAttachmentHandler handler)
{
    [Function(nameof(UploadAttachment))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Attachments)] HttpRequest request,
        string cycleId,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, respondentId, request, request.HttpContext.RequestAborted);
}
