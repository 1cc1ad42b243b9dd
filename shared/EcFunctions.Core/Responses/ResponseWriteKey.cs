using System.Text.Json;
using Azure.Data.Tables;
using EcFunctions.Http;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Responses;

/// <summary>
/// The <c>Idempotency-Key</c> of a write to a response. Its record lives in the response's partition
/// and joins the write's transaction, so it is stored with the write or not at all, and costs no
/// request of its own: a retry of a stored write fails that transaction (on the head, which the write
/// moved, or on the record), and only then is the record read, to answer with the first result.
/// </summary>
/// <param name="Key">The key as sent.</param>
/// <param name="RowKey">The record's row: <c>k:</c> and the hash of the caller and the key.</param>
/// <param name="Fingerprint">What a retry must repeat exactly: method, path and body.</param>
public sealed record ResponseWriteKey(string Key, string RowKey, string Fingerprint)
{
    /// <summary>The request's key (null without one), or the problem when it is not a usable key.</summary>
    public static (ResponseWriteKey? Key, ProblemHttpResult? Invalid) Of(HttpRequest request, string caller, ReadOnlyMemory<byte> body)
    {
        var (key, invalid) = IdempotentRequests.ReadKey(request);
        return key is null
            ? (null, invalid)
            : (new ResponseWriteKey(key, $"k:{IdempotentRequests.CallerKey(caller, key)}", IdempotentRequests.Fingerprint(request, body)), null);
    }

    /// <summary>The transaction's action storing this key's record of the reply <paramref name="head"/> makes.</summary>
    /// <param name="head">The head the write stores.</param>
    /// <param name="expiresAt">When the key may be used again.</param>
    /// <param name="expired">An expired record of the key, which the write replaces; null to insert.</param>
    public TableTransactionAction Record(ResponseEntity head, DateTimeOffset expiresAt, IdempotencyEntity? expired)
    {
        var receipt = ResponseReceipt.From(head);
        var record = new IdempotencyEntity
        {
            PartitionKey = head.PartitionKey,
            RowKey = RowKey,
            Fingerprint = Fingerprint,
            Status = head.Revision == 1 ? StatusCodes.Status201Created : StatusCodes.Status200OK,
            Body = JsonSerializer.Serialize(receipt, EcJsonContext.Default.ResponseReceipt),
            EntityTag = receipt.ETag,
            Location = head.Revision == 1 ? Links.Response(head.PartitionKey, head.RespondentId) : null,
            ExpiresAt = expiresAt,
        };
        return expired is null
            ? new TableTransactionAction(TableTransactionActionType.Add, record)
            : new TableTransactionAction(TableTransactionActionType.UpdateReplace, record, expired.ETag);
    }

    /// <summary>
    /// The first result again when <paramref name="record"/> is this key's record of the same request;
    /// 422 when the key was used for another; null when there is no record.
    /// </summary>
    public Results<Created<ResponseReceipt>, Ok<ResponseReceipt>, ProblemHttpResult>? Answer(IdempotencyEntity? record, HttpResponse response) =>
        record is null ? null
            : record.Fingerprint == Fingerprint ? IdempotentRequests.Replay(record, response, EcJsonContext.Default.ResponseReceipt)
            : Problems.IdempotencyKeyReused(Key);
}
