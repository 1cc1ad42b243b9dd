using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Respondents;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Respondents;

/// <summary><c>POST /api/respondent-imports</c>.</summary>
public sealed class ImportRespondents(CallerIdentity callers, ImportRespondentsHandler handler)
{
    [Function(nameof(ImportRespondents))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.RespondentImports)] HttpRequest request) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), request, request.HttpContext.RequestAborted);
}
