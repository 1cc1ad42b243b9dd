using EcFunctions.Access;
using EcFunctions.Attachments;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Attachments;

/// <summary><c>GET /api/cycles/{cycleId}/responses/{respondentId}/attachments</c>.</summary>
public sealed class ListAttachments(CallerIdentity callers, ListAttachmentsHandler handler)
{
    [Function(nameof(ListAttachments))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Attachments)] HttpRequest request,
        string cycleId,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, respondentId, request.HttpContext.RequestAborted);
}
