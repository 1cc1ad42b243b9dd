using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Access;

/// <summary><c>POST /api/secretariat/tokens</c>.</summary>
public sealed class IssueSecretariatToken(CallerIdentity callers, IssueSecretariatTokenHandler handler)
{
    [Function(nameof(IssueSecretariatToken))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.SecretariatTokens)] HttpRequest request) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), request.HttpContext.RequestAborted);
}
