using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Cycles;

/// <summary><c>PUT /api/cycles/{cycleId}</c>.</summary>
public sealed class PutCycle(CallerIdentity callers, PutCycleHandler handler)
{
    [Function(nameof(PutCycle))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.Cycle)] HttpRequest request,
        string cycleId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, request, request.HttpContext.RequestAborted);
}
