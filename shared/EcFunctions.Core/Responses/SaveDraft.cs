using EcFunctions.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>Saves half-finished work: types and formats are checked, required answers are not.</summary>
public sealed class SaveDraftHandler(ResponseWriter writer)
{
    /// <summary>201 for a first revision, 200 for a later one; the draft is not synthesised.</summary>
    public Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, CancellationToken cancellationToken = default) =>
        writer.SaveAsync(caller, cycleId, respondentId, request, ResponseState.Draft, cancellationToken);
}
