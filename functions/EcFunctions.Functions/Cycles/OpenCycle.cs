using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Cycles;

/// <summary><c>POST /api/cycles/{cycleId}/open</c>.</summary>
public sealed class OpenCycle(CallerIdentity callers, OpenCycleHandler handler)
{
    [Function(nameof(OpenCycle))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.CycleOpening)] HttpRequest request,
        string cycleId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, request.HttpContext.RequestAborted);
}
