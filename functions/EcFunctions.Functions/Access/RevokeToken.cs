using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Access;

/// <summary><c>DELETE /api/tokens/{tokenId}</c>.</summary>
public sealed class RevokeToken(CallerIdentity callers, RevokeTokenHandler handler)
{
    [Function(nameof(RevokeToken))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Routes.Token)] HttpRequest request,
        string tokenId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), tokenId, request.HttpContext.RequestAborted);
}
