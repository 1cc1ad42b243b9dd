using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Cycles;

/// <summary><c>GET /api/cycles/{cycleId}/respondents</c>.</summary>
public sealed class ListCycleRespondents(CallerIdentity callers, ListCycleRespondentsHandler handler)
{
    [Function(nameof(ListCycleRespondents))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.CycleRespondents)] HttpRequest request,
        string cycleId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, request.HttpContext.RequestAborted);
}
