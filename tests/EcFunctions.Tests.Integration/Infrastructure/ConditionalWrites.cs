using System.Net.Http.Headers;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>Writes to a response carry the precondition the API requires; these send it.</summary>
public static class ConditionalWrites
{
    /// <summary>A <c>PUT</c> that creates the response: <c>If-None-Match: *</c>.</summary>
    public static Task<HttpResponseMessage> PutNewAsync(this HttpClient client, string path, HttpContent content) =>
        client.SendAsync(new HttpRequestMessage(HttpMethod.Put, path) { Content = content, Headers = { IfNoneMatch = { EntityTagHeaderValue.Any } } });

    /// <summary>A write made from the state <paramref name="eTag"/> names: <c>If-Match</c>.</summary>
    public static Task<HttpResponseMessage> SendMatchingAsync(
        this HttpClient client, HttpMethod method, string path, EntityTagHeaderValue eTag, HttpContent? content = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = content, Headers = { IfMatch = { eTag } } };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return client.SendAsync(request);
    }
}
