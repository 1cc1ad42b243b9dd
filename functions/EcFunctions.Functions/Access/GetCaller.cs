using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Access;

/// <summary><c>GET /api/caller</c>.</summary>
public sealed class GetCaller(CallerIdentity callers)
{
    [Function(nameof(GetCaller))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Caller)] HttpRequest request) =>
        GetCallerHandler.Handle(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted));
}
