using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Responses;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Responses;

/// <summary><c>POST /api/cycles/{cycleId}/responses/{respondentId}/withdrawal</c>.</summary>
public sealed class WithdrawResponse(CallerIdentity callers, WithdrawResponseHandler handler)
{
    [Function(nameof(WithdrawResponse))]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = Routes.ResponseWithdrawal)] HttpRequest request,
        string cycleId,
        string respondentId) =>
        await handler.HandleAsync(await callers.IdentifyAsync(request, request.HttpContext.RequestAborted), cycleId, respondentId, request, request.HttpContext.RequestAborted);
}
