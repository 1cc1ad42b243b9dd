using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Respondents;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Respondents;

/// <summary><c>DELETE /api/respondents/{respondentId}</c>.</summary>
public sealed class DeactivateRespondent(CallerIdentity callers, DeactivateRespondentHandler handler)
{
    [Function(nameof(DeactivateRespondent))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = Routes.Respondent)] HttpRequest request,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), respondentId, request.HttpContext.RequestAborted);
}
