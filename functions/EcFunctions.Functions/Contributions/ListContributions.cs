using EcFunctions.Access;
using EcFunctions.Contributions;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Contributions;

/// <summary><c>GET /api/cycles/{cycleId}/contributions</c>.</summary>
public sealed class ListContributions(CallerIdentity callers, ListContributionsHandler handler)
{
    [Function(nameof(ListContributions))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Contributions)] HttpRequest request,
        string cycleId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, request.HttpContext.RequestAborted);
}
