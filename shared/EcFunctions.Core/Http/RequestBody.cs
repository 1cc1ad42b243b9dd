using System.Buffers;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Http;

/// <summary>Reads a request body into memory, refusing what is too large or of another media type.</summary>
public static class RequestBody
{
    /// <summary>JSON, also accepted as any <c>+json</c> type.</summary>
    public const string Json = "application/json";

    /// <summary>Comma-separated values.</summary>
    public const string Csv = "text/csv";

    /// <summary>Any media type, or none: for bodies whose type is found from their content.</summary>
    public const string AnyMediaType = "*/*";

    /// <summary>
    /// The body's bytes, or the problem that stops the request. The limit is enforced on the bytes
    /// read, not only on Content-Length, because a chunked body declares no length.
    /// </summary>
    public static async Task<(byte[]? Body, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, string mediaType, long maxBytes, CancellationToken cancellationToken = default)
    {
        if (!Accepts(mediaType, request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType(mediaType, request.ContentType));
        }

        if (request.ContentLength > maxBytes)
        {
            return (null, Problems.BodyTooLarge(maxBytes));
        }

        var buffer = new ArrayBufferWriter<byte>((int)Math.Min(request.ContentLength ?? 16 * 1024, maxBytes) + 1);
        while (true)
        {
            var read = await request.Body.ReadAsync(buffer.GetMemory(16 * 1024), cancellationToken);
            if (read == 0)
            {
                return (buffer.WrittenSpan.ToArray(), null);
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > maxBytes)
            {
                return (null, Problems.BodyTooLarge(maxBytes));
            }
        }
    }

    private static bool Accepts(string expected, string? contentType) =>
        expected == AnyMediaType
        || MediaTypeHeaderValue.TryParse(contentType, out var sent)
        && (sent.MediaType.Equals(expected, StringComparison.OrdinalIgnoreCase)
            || (expected == Json && sent.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase)));
}
