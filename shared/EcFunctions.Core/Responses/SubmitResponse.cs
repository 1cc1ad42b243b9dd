using System.Text.Json;
using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Responses;

/// <summary>Validates an answer against the questionnaire version it names and stores it as a new revision.</summary>
public sealed class SubmitResponseHandler(
    QuestionnaireCatalogue catalogue, ResponseStore store, RespondentStore respondents, CycleStore cycles,
    IOptions<RequestOptions> limits, TimeProvider clock)
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    private const int WriteAttempts = 20;

    /// <summary>
    /// 201 with the receipt for a first answer, 200 for a later revision; a problem otherwise. A
    /// respondent writes only its own answers, with the questionnaire of its kind.
    /// </summary>
    public async Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireRespondent(caller, respondentId, () => Problems.RespondentNotFound(respondentId)) is { } denied)
        {
            return denied;
        }

        if (ResponseKeys.Check(cycleId, respondentId) is { } invalid)
        {
            return invalid;
        }

        var cycle = await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken);
        if (cycle is null || (caller is RespondentCaller && cycle.State == CycleState.Draft))
        {
            return Problems.CycleNotFound(cycleId);
        }

        if (Refusal(cycle) is { } refused)
        {
            return refused;
        }

        var respondent = caller is RespondentCaller self
            ? self.Respondent
            : await respondents.GetRespondentIfExistsAsync(respondentId, cancellationToken);
        if (respondent is not { Active: true })
        {
            return Problems.RespondentNotFound(respondentId);
        }

        var (body, tooLargeOrNotJson) = await RequestBody.ReadAsync(request, RequestBody.Json, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return tooLargeOrNotJson!;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Strict);
        }
        catch (JsonException malformed)
        {
            return Problems.MalformedJson(malformed.Message);
        }

        using (document)
        {
            var named = AnswerEnvelope.ReadQuestionnaire(document.RootElement);
            if (named is null)
            {
                return Problems.AnswerInvalid(AnswerEnvelope.QuestionnaireMissing);
            }

            var questionnaire = catalogue.FindQuestionnaire(named);
            if (questionnaire is null)
            {
                return Problems.QuestionnaireVersionUnknown(named.Id, named.Version);
            }

            var expected = CycleStore.Questionnaires(cycle)[respondent.Kind];
            if (named != expected)
            {
                return Problems.QuestionnaireNotForRespondent(respondentId, respondent.Kind, $"{expected.Id} {expected.Version}");
            }

            var errors = AnswerValidator.Validate(questionnaire, document.RootElement);
            if (errors.Count > 0)
            {
                return Problems.AnswerInvalid(errors);
            }

            return await StoreAsync(cycle, respondentId, named, body, request.HttpContext.Response, cancellationToken);
        }
    }

    private ProblemHttpResult? Refusal(CycleEntity cycle)
    {
        var now = clock.GetUtcNow();
        if (CycleViews.AcceptsAnswers(cycle, now))
        {
            return null;
        }

        DateTimeOffset? closedSince = CycleState.AfterClose.Contains(cycle.State) ? cycle.ClosedAt ?? cycle.ClosesAt
            : now >= cycle.ClosesAt ? cycle.ClosesAt
            : null;
        return Problems.CycleNotAcceptingAnswers(cycle.PartitionKey, cycle.State, cycle.OpensAt, closedSince);
    }

    private async Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> StoreAsync(
        CycleEntity cycle, string respondentId, QuestionnaireRef named, byte[] body, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var cycleId = cycle.PartitionKey;
        var attempt = await store.AppendRevisionAsync(cycle, respondentId, named, body, cancellationToken);

        // Other answers touch the cycle's row too: while the cycle still accepts answers, read it again
        // and retry; once it has closed, the answer arrived after the close and is refused.
        for (var retries = 0; attempt.CycleChanged && retries < WriteAttempts; retries++)
        {
            cycle = await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken) ?? cycle;
            if (Refusal(cycle) is { } closed)
            {
                return closed;
            }

            attempt = await store.AppendRevisionAsync(cycle, respondentId, named, body, cancellationToken);
        }

        if (attempt.Head is not { } head)
        {
            return Problems.WriteConflict(cycleId, $"the response of '{respondentId}'");
        }

        var receipt = ResponseReceipt.From(head);
        response.Headers.ETag = receipt.ETag;
        return head.Revision == 1
            ? TypedResults.Created(Links.Response(cycleId, respondentId), receipt)
            : TypedResults.Ok(receipt);
    }
}
