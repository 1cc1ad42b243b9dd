using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Cycles;

/// <summary><c>POST /api/cycles/{cycleId}/synthesis</c>.</summary>
public sealed class RequestSynthesis(CallerIdentity callers, RequestSynthesisHandler handler)
{
    [Function(nameof(RequestSynthesis))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.Synthesis)] HttpRequest request,
        string cycleId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, request, request.HttpContext.RequestAborted);
}
