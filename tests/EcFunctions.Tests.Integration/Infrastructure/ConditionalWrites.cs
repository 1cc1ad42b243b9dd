using System.Net.Http.Headers;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>Writes to a response carry the precondition the API requires; these send it, and an idempotency key if given.</summary>
public static class ConditionalWrites
{
    /// <summary>A <c>PUT</c> that creates the response: <c>If-None-Match: *</c>.</summary>
    public static Task<HttpResponseMessage> PutNewAsync(this HttpClient client, string path, HttpContent content, string? idempotencyKey = null) =>
        client.SendConditionalAsync(HttpMethod.Put, path, null, content, idempotencyKey);

    /// <summary>A write made from the state <paramref name="eTag"/> names: <c>If-Match</c>.</summary>
    public static Task<HttpResponseMessage> SendMatchingAsync(
        this HttpClient client, HttpMethod method, string path, EntityTagHeaderValue eTag, HttpContent? content = null, string? idempotencyKey = null) =>
        client.SendConditionalAsync(method, path, eTag, content, idempotencyKey);

    /// <summary>A <c>PUT</c> made from <paramref name="eTag"/>, or creating the response when it is null.</summary>
    public static Task<HttpResponseMessage> PutFromAsync(
        this HttpClient client, string path, EntityTagHeaderValue? eTag, HttpContent content, string? idempotencyKey = null) =>
        client.SendConditionalAsync(HttpMethod.Put, path, eTag, content, idempotencyKey);

    private static async Task<HttpResponseMessage> SendConditionalAsync(
        this HttpClient client, HttpMethod method, string path, EntityTagHeaderValue? eTag, HttpContent? content, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        if (eTag is null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);
        }
        else
        {
            request.Headers.IfMatch.Add(eTag);
        }

        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }
}
