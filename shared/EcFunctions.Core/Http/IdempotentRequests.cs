using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Azure.Data.Tables;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Http;

/// <summary>
/// The <c>Idempotency-Key</c> request header (IETF draft-ietf-httpapi-idempotency-key-header): a
/// client that did not get the reply to a write sends it again with the same key and gets the first
/// result instead of a second write. Keys belong to the caller that sent them and are kept for
/// <see cref="RequestOptions.IdempotencyKeyLifetime"/>. Only successes are kept: a refused write
/// changed nothing, so running its retry again is safe.
/// </summary>
public sealed class IdempotentRequests(TableServiceClient tables, IOptions<RequestOptions> options, TimeProvider clock)
{
    /// <summary>The request header.</summary>
    public const string Header = "Idempotency-Key";

    /// <summary>Set on a reply that repeats an earlier result rather than reporting a new write.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    private TableClient Table => tables.GetTableClient(StorageNames.IdempotencyTable);

    /// <summary>
    /// Runs <paramref name="write"/> once per key: a retry with the same key, method, path and body
    /// gets the first result; the same key with anything else gets 422. (Writes to a response keep
    /// their key's record in their own transaction instead: see <see cref="Responses.ResponseWriteKey"/>.)
    /// </summary>
    public async Task<Results<Created<T>, Ok<T>, ProblemHttpResult>> RunAsync<T>(
        HttpRequest request, string caller, ReadOnlyMemory<byte> body, JsonTypeInfo<T> type,
        Func<Task<Results<Created<T>, Ok<T>, ProblemHttpResult>>> write, CancellationToken cancellationToken = default)
    {
        var (key, invalid) = ReadKey(request);
        if (invalid is not null)
        {
            return invalid;
        }

        if (key is null)
        {
            return await write();
        }

        var partition = CallerKey(caller, key);
        var fingerprint = Fingerprint(request, body);
        var earlier = await Table.GetEntityIfExistsAsync<IdempotencyEntity>(partition, "", cancellationToken: cancellationToken);
        if (earlier is { HasValue: true, Value: { } first } && first.ExpiresAt > clock.GetUtcNow())
        {
            return first.Fingerprint == fingerprint ? Replay(first, request.HttpContext.Response, type) : Problems.IdempotencyKeyReused(key);
        }

        var result = await write();
        var (status, location, value) = result.Result switch
        {
            Created<T> created => (StatusCodes.Status201Created, created.Location, created.Value),
            Ok<T> ok => (StatusCodes.Status200OK, null, ok.Value),
            _ => (0, null, default),
        };
        if (status != 0)
        {
            // Upsert: an expired record of the same key is simply replaced.
            await Table.UpsertEntityAsync(new IdempotencyEntity
            {
                PartitionKey = partition,
                Fingerprint = fingerprint,
                Status = status,
                Body = JsonSerializer.Serialize(value!, type),
                EntityTag = request.HttpContext.Response.Headers.ETag,
                Location = location,
                ExpiresAt = clock.GetUtcNow() + options.Value.IdempotencyKeyLifetime,
            }, TableUpdateMode.Replace, cancellationToken);
        }

        return result;
    }

    /// <summary>The request's key; null without one; the problem when it is not a usable key.</summary>
    internal static (string? Key, ProblemHttpResult? Invalid) ReadKey(HttpRequest request)
    {
        var keys = request.Headers[Header];
        if (keys.Count == 0)
        {
            return (null, null);
        }

        return keys.Count > 1 || keys[0] is not { Length: > 0 and <= 255 } key || key.Any(c => c is < '!' or > '~')
            ? (null, Problems.IdempotencyKeyInvalid())
            : (key, null);
    }

    /// <summary>What a key is kept under: keys belong to the caller that sent them.</summary>
    internal static string CallerKey(string caller, string key) => Hash(Encoding.UTF8.GetBytes($"{caller}\n{key}"));

    /// <summary>The first result again, marked as a replay.</summary>
    internal static Results<Created<T>, Ok<T>, ProblemHttpResult> Replay<T>(IdempotencyEntity first, HttpResponse response, JsonTypeInfo<T> type)
    {
        response.Headers[ReplayedHeader] = "true";
        if (first.EntityTag is { } entityTag)
        {
            response.Headers.ETag = entityTag;
        }

        var value = JsonSerializer.Deserialize(first.Body, type)!;
        return first.Status == StatusCodes.Status201Created ? TypedResults.Created(first.Location, value) : TypedResults.Ok(value);
    }

    /// <summary>SHA-256 of the method, the path and the body: what a retry must repeat exactly.</summary>
    internal static string Fingerprint(HttpRequest request, ReadOnlyMemory<byte> body)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        hash.AppendData(body.Span);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
