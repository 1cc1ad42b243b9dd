using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Cycles;

/// <summary><c>GET /api/cycles</c>.</summary>
public sealed class ListCycles(CallerIdentity callers, ListCyclesHandler handler)
{
    [Function(nameof(ListCycles))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Cycles)] HttpRequest request) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), request.HttpContext.RequestAborted);
}
