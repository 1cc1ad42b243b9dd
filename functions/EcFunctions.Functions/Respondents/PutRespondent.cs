using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Respondents;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Respondents;

/// <summary><c>PUT /api/respondents/{respondentId}</c>.</summary>
public sealed class PutRespondent(CallerIdentity callers, PutRespondentHandler handler)
{
    [Function(nameof(PutRespondent))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Routes.Respondent)] HttpRequest request,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), respondentId, request, request.HttpContext.RequestAborted);
}
