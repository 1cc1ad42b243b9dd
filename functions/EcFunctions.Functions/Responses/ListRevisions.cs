using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Responses;

/// <summary><c>GET /api/cycles/{cycleId}/responses/{respondentId}/revisions</c>.</summary>
public sealed class ListRevisions(CallerIdentity callers, ListRevisionsHandler handler)
{
    [Function(nameof(ListRevisions))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ResponseRevisions)] HttpRequest request,
        string cycleId,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, respondentId, request.HttpContext.RequestAborted);
}
