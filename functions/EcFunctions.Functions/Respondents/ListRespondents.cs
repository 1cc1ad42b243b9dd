using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Respondents;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Respondents;

/// <summary><c>GET /api/respondents</c>.</summary>
public sealed class ListRespondents(CallerIdentity callers, ListRespondentsHandler handler)
{
    [Function(nameof(ListRespondents))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Respondents)] HttpRequest request) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), request.HttpContext.RequestAborted);
}
