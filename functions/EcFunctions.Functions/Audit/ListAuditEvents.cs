using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Audit;

/// <summary><c>GET /api/audit</c>.</summary>
public sealed class ListAuditEvents(CallerIdentity callers, ListAuditEventsHandler handler)
{
    [Function(nameof(ListAuditEvents))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Audit)] HttpRequest request) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), request, request.HttpContext.RequestAborted);
}
