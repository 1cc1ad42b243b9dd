using EcFunctions.Access;
using EcFunctions.Contributions;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Contributions;

/// <summary><c>PUT /api/cycles/{cycleId}/contributions/{contributionId}/document</c>.</summary>
public sealed class PutContributionDocument(CallerIdentity callers, PutContributionDocumentHandler handler)
{
    [Function(nameof(PutContributionDocument))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.ContributionDocument)] HttpRequest request,
        string cycleId, string contributionId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, contributionId, request, request.HttpContext.RequestAborted);
}
