using EcFunctions.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>Withdraws a submitted response until the deadline; its history stays, the synthesis leaves it out.</summary>
public sealed class WithdrawResponseHandler(ResponseWriter writer)
{
    /// <summary>200 with the withdrawal's receipt; 409 when nothing submitted is there to withdraw. Needs <c>If-Match</c>.</summary>
    public Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, CancellationToken cancellationToken = default) =>
        writer.WithdrawAsync(caller, cycleId, respondentId, request, cancellationToken);
}
