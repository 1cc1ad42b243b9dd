using EcFunctions.Access;
using EcFunctions.Contributions;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Contributions;

/// <summary><c>DELETE /api/cycles/{cycleId}/contributions/{contributionId}</c>.</summary>
public sealed class DeleteContribution(CallerIdentity callers, DeleteContributionHandler handler)
{
    [Function(nameof(DeleteContribution))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Routes.Contribution)] HttpRequest request,
        string cycleId, string contributionId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, contributionId, request.HttpContext.RequestAborted);
}
