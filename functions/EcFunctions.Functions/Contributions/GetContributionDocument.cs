using EcFunctions.Access;
using EcFunctions.Contributions;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Contributions;

/// <summary><c>GET /api/cycles/{cycleId}/contributions/{contributionId}/document</c>.</summary>
public sealed class GetContributionDocument(CallerIdentity callers, GetContributionDocumentHandler handler)
{
    [Function(nameof(GetContributionDocument))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.ContributionDocument)] HttpRequest request,
        string cycleId, string contributionId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, contributionId, request.HttpContext.RequestAborted);
}
