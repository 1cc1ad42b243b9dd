using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Responses;

/// <summary><c>GET /api/cycles/{cycleId}/responses/{respondentId}/revisions/{revision}</c>.</summary>
public sealed class GetRevision(CallerIdentity callers, GetRevisionHandler handler)
{
    [Function(nameof(GetRevision))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ResponseRevision)] HttpRequest request,
        string cycleId,
        string respondentId,
        string revision) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, respondentId, revision, request.HttpContext.Response, request.HttpContext.RequestAborted);
}
