using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Responses;

/// <summary><c>GET /api/cycles/{cycleId}/responses/{respondentId}</c>.</summary>
public sealed class GetResponse(CallerIdentity callers, GetResponseHandler handler)
{
    [Function(nameof(GetResponse))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Response)] HttpRequest request,
        string cycleId,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, respondentId, request.HttpContext.Response, request.HttpContext.RequestAborted);
}
