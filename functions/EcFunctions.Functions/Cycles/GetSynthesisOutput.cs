using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Cycles;

/// <summary><c>GET /api/cycles/{cycleId}/synthesis/{name}</c>.</summary>
public sealed class GetSynthesisOutput(CallerIdentity callers, GetSynthesisOutputHandler handler)
{
    [Function(nameof(GetSynthesisOutput))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.SynthesisOutput)] HttpRequest request,
        string cycleId,
        string name) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, name, request.HttpContext.Response, request.HttpContext.RequestAborted);
}
