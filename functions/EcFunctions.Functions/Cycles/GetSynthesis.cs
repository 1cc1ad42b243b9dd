using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Cycles;

/// <summary><c>GET /api/cycles/{cycleId}/synthesis</c>.</summary>
public sealed class GetSynthesis(CallerIdentity callers, GetSynthesisHandler handler)
{
    [Function(nameof(GetSynthesis))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Synthesis)] HttpRequest request,
        string cycleId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, request.HttpContext.RequestAborted);
}
