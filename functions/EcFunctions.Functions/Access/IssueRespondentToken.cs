using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Access;

/// <summary><c>POST /api/respondents/{respondentId}/tokens</c>.</summary>
public sealed class IssueRespondentToken(CallerIdentity callers, IssueRespondentTokenHandler handler)
{
    [Function(nameof(IssueRespondentToken))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RespondentTokens)] HttpRequest request,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), respondentId, request.HttpContext.RequestAborted);
}
