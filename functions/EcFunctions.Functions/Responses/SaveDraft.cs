using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Responses;

/// <summary><c>PUT /api/cycles/{cycleId}/responses/{respondentId}/draft</c>.</summary>
public sealed class SaveDraft(CallerIdentity callers, SaveDraftHandler handler)
{
    [Function(nameof(SaveDraft))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.ResponseDraft)] HttpRequest request,
        string cycleId,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, respondentId, request, request.HttpContext.RequestAborted);
}
