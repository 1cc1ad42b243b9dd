using System.Text.Json;
using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Responses;

/// <summary>Validates an answer against the questionnaire version it names and stores it as a new revision.</summary>
public sealed class SubmitResponseHandler(
    QuestionnaireCatalogue catalogue, ResponseStore store, RespondentStore respondents, IOptions<RequestOptions> limits)
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

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

            var expected = RespondentKind.QuestionnaireId(respondent.Kind);
            if (named.Id != expected)
            {
                return Problems.QuestionnaireNotForRespondent(respondentId, respondent.Kind, expected);
            }

            var errors = AnswerValidator.Validate(questionnaire, document.RootElement);
            if (errors.Count > 0)
            {
                return Problems.AnswerInvalid(errors);
            }

            return await StoreAsync(cycleId, respondentId, named, body, request.HttpContext.Response, cancellationToken);
        }
    }

    private async Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> StoreAsync(
        string cycleId, string respondentId, QuestionnaireRef named, byte[] body, HttpResponse response,
        CancellationToken cancellationToken)
    {
        var head = await store.AppendRevisionAsync(cycleId, respondentId, named, body, cancellationToken);
        if (head is null)
        {
            return Problems.WriteConflict(cycleId, respondentId);
        }

        var receipt = ResponseReceipt.From(head);
        response.Headers.ETag = receipt.ETag;
        return head.Revision == 1
            ? TypedResults.Created(Links.Response(cycleId, respondentId), receipt)
            : TypedResults.Ok(receipt);
    }
}
