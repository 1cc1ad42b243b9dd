using System.Text.Json;
using Azure.Data.Tables;
using EcFunctions.Access;
using EcFunctions.Attachments;
using EcFunctions.Audit;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Responses;

/// <summary>
/// The write path every save of an answer takes, draft or submission: who may write, whether the
/// cycle takes answers, which state the write was made from (<see cref="ResponsePreconditions"/>),
/// retries (<see cref="ResponseWriteKey"/>), which questionnaire version applies, validation, the
/// store, and the audit trail.
/// </summary>
public sealed class ResponseWriter(
    QuestionnaireCatalogue catalogue, ResponseStore store, ResponseTargets targets, AttachmentReferences attachments, CycleStore cycles,
    AuditTrail audit, RecentHeads recentHeads, IOptions<RequestOptions> limits, TimeProvider clock)
{
    private static readonly JsonDocumentOptions Strict = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    /// <summary>
    /// Saves the body as the next revision in <paramref name="state"/>: a submission is validated
    /// fully, a draft for types and formats only. 201 for a first revision, 200 for a later one.
    /// </summary>
    public async Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> SaveAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, string state, CancellationToken cancellationToken = default)
    {
        if (ResponseTargets.Addressing(caller, cycleId, respondentId) is { } refused)
        {
            return refused;
        }

        var (body, unreadable) = await RequestBody.ReadAsync(request, RequestBody.Json, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        var (key, invalid) = ResponseWriteKey.Of(request, AuditTrail.ActorOf(caller), body);
        return invalid ?? await SaveOnceAsync(caller, cycleId, respondentId, request, body, state, key, cancellationToken);
    }

    /// <summary>Withdraws a submitted response: 200 with the withdrawal's receipt.</summary>
    public async Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> WithdrawAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (ResponseTargets.Addressing(caller, cycleId, respondentId) is { } refused)
        {
            return refused;
        }

        var (key, invalid) = ResponseWriteKey.Of(request, AuditTrail.ActorOf(caller), ReadOnlyMemory<byte>.Empty);
        return invalid ?? await WithdrawOnceAsync(caller, cycleId, respondentId, request, key, cancellationToken);
    }

    private async Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> SaveOnceAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, byte[] body, string state, ResponseWriteKey? key,
        CancellationToken cancellationToken)
    {
        var (target, refused) = await TargetAsync(caller, cycleId, respondentId, request, key, cancellationToken);
        if (target is null)
        {
            return refused!;
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
        catch (InvalidOperationException notUnicode)
        {
            // Comparing property names for duplicates unescapes them, and a lone surrogate escape in one cannot be.
            return Problems.MalformedJson($"A property name is not valid Unicode text: {notUnicode.Message}");
        }

        RevisionWrite write;
        using (document)
        {
            if (AnswerText.Problems(document.RootElement) is { Count: > 0 } unreadable)
            {
                return Problems.AnswerInvalid(unreadable);
            }

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

            var expected = CycleStore.Questionnaires(target.Cycle)[target.Respondent.Kind];
            if (named != expected)
            {
                return Problems.QuestionnaireNotForRespondent(respondentId, target.Respondent.Kind, $"{expected.Id} {expected.Version}");
            }

            var errors = AnswerValidator.Validate(questionnaire, document.RootElement, requireAnswers: state == ResponseState.Submitted);
            if (errors.Count == 0)
            {
                errors = await attachments.CheckAsync(cycleId, respondentId, document.RootElement, cancellationToken);
            }

            if (errors.Count > 0)
            {
                return Problems.AnswerInvalid(errors);
            }

            write = new RevisionWrite(respondentId, named, body, state, AuditTrail.ActorOf(caller), NewWriteId());
        }

        var action = state == ResponseState.Draft ? AuditActions.DraftSaved
            : target.Current?.SubmittedRevision is null ? AuditActions.Submitted
            : AuditActions.Amended;
        var (head, answer) = await CommitAsync(
            target, write.WriteId, action, write.Actor, key, request.HttpContext.Response,
            alongside => store.AppendRevisionAsync(cycleId, target.Current, write, alongside, cancellationToken), cancellationToken);
        return head is null ? answer! : Receipt(head, request.HttpContext.Response);
    }

    private async Task<Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>> WithdrawOnceAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, ResponseWriteKey? key, CancellationToken cancellationToken)
    {
        var (target, refused) = await TargetAsync(caller, cycleId, respondentId, request, key, cancellationToken);
        if (target is null)
        {
            return refused!;
        }

        if (target.Current is not { SubmittedRevision: { } submittedRevision } current
            || await store.GetRevisionIfExistsAsync(cycleId, respondentId, submittedRevision, cancellationToken) is not { } submitted)
        {
            return Problems.ResponseNotSubmitted(cycleId, respondentId);
        }

        var (actor, writeId) = (AuditTrail.ActorOf(caller), NewWriteId());
        var (head, answer) = await CommitAsync(
            target, writeId, AuditActions.Withdrawn, actor, key, request.HttpContext.Response,
            alongside => store.WithdrawAsync(current, submitted, actor, writeId, alongside, cancellationToken), cancellationToken);
        return head is null ? answer! : Receipt(head, request.HttpContext.Response);
    }

    // A retry of a stored write fails its precondition, the write having moved the head: its key's record answers it.
    private async Task<(ResponseTarget? Target, Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>? Answer)> TargetAsync(
        Caller caller, string cycleId, string respondentId, HttpRequest request, ResponseWriteKey? key, CancellationToken cancellationToken)
    {
        var (target, refused) = await targets.FindAsync(caller, cycleId, respondentId, request, cancellationToken);
        if (target is null)
        {
            return (null, refused!);
        }

        if (ResponsePreconditions.Check(request, target.Current, cycleId, respondentId) is { } failed)
        {
            var record = key is null ? null : Kept(await store.GetKeyRecordIfExistsAsync(cycleId, key.RowKey, cancellationToken));
            return (null, key?.Answer(record, request.HttpContext.Response) ?? failed);
        }

        return (target, null);
    }

    // A write fails on its condition when the response's head changed since it was read (or, for a
    // first write, exists): another write moved it, the close fenced it, a stored write with the same
    // key moved it, or this very write moved it and its reply was lost, so the SDK's retry was refused.
    // It also fails when its key's record exists. The revision row after the one the write started
    // from, the key's record and the cycle's state tell which. The write's audit event and its key's
    // record are in its transaction, so each is stored exactly when the write is.
    private async Task<(ResponseEntity? Head, Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>? Answer)> CommitAsync(
        ResponseTarget target, string writeId, string action, string actor, ResponseWriteKey? key, HttpResponse response,
        Func<Func<ResponseEntity, IEnumerable<TableTransactionAction>>, Task<ResponseEntity?>> write, CancellationToken cancellationToken,
        IdempotencyEntity? expired = null)
    {
        var (cycleId, respondentId) = (target.Cycle.PartitionKey, target.Respondent.Id);
        var expiresAt = clock.GetUtcNow() + limits.Value.IdempotencyKeyLifetime;
        IEnumerable<TableTransactionAction> Alongside(ResponseEntity head)
        {
            yield return new(TableTransactionActionType.Add, audit.Event(action, actor, cycleId, respondentId, $"revision {head.Revision}"));
            if (key is not null)
            {
                yield return key.Record(head, expiresAt, expired);
            }
        }

        if (await write(Alongside) is { } stored)
        {
            recentHeads.Remember(stored);
            return (stored, null);
        }

        recentHeads.Forget(cycleId, respondentId);

        // The reads that explain it are made at once, after the failure: one round trip, not four.
        var reading = store.GetRevisionIfExistsAsync(cycleId, respondentId, (target.Current?.Revision ?? 0) + 1, cancellationToken);
        var rereading = cycles.GetCycleIfExistsAsync(cycleId, cancellationToken);
        var head = store.GetResponseIfExistsAsync(cycleId, respondentId, cancellationToken);
        var keeping = key is null ? Task.FromResult<IdempotencyEntity?>(null) : store.GetKeyRecordIfExistsAsync(cycleId, key.RowKey, cancellationToken);
        await Task.WhenAll(reading, rereading, head, keeping);
        var next = await reading;
        if (next?.WriteId == writeId)
        {
            return (next, null);
        }

        var record = await keeping;
        if (expired is null && record is not null && Kept(record) is null)
        {
            // The key was used before and is forgotten since: the write replaces its record.
            return await CommitAsync(target, writeId, action, actor, key, response, write, cancellationToken, record);
        }

        if (key?.Answer(Kept(record), response) is { } answered)
        {
            return (null, answered);
        }

        if (next is null && await rereading is { } cycle && targets.Refusal(cycle, target.Current) is { } closed)
        {
            return (null, closed);
        }

        var now = await head;
        return (null, Problems.PreconditionFailed(cycleId, respondentId, now is null ? null : ResponseETag.For(now).Tag.Value));
    }

    // A key's record answers retries for RequestOptions.IdempotencyKeyLifetime.
    private IdempotencyEntity? Kept(IdempotencyEntity? record) => record?.ExpiresAt > clock.GetUtcNow() ? record : null;

    private static Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult> Receipt(ResponseEntity head, HttpResponse response)
    {
        var receipt = ResponseReceipt.From(head);
        response.Headers.ETag = receipt.ETag;
        return head.Revision == 1
            ? TypedResults.Created(Links.Response(head.PartitionKey, head.RespondentId), receipt)
            : TypedResults.Ok(receipt);
    }

    // A write without an idempotency key is one of a kind.
    private static string NewWriteId() => Guid.NewGuid().ToString("N");
}
