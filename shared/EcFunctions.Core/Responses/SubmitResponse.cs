using EcFunctions.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>Submits an answer: fully validated against its questionnaire version, and the revision the synthesis reads.</summary>
public sealed class SubmitResponseHandler(ResponseWriter writer)
{
    /// <summary>
    /// 201 with the receipt for a first revision, 200 for a later one (an amendment); a problem otherwise.
    /// A respondent writes only its own answers, with the questionnaire version its cycle names for its kind.
    /// </summary>
    public Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, CancellationToken cancellationToken = default) =>
        writer.SaveAsync(caller, cycleId, respondentId, request, ResponseState.Submitted, cancellationToken);
}
