using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Http;

/// <summary>
/// How large a request's target and headers may be, checked by the app so that an oversized request
/// gets a problem body: the web server's own limits are set above these, because what the server
/// refuses itself it answers with a bare status and no body.
/// </summary>
public static class RequestSizes
{
    /// <summary>The longest path and query accepted (Kestrel's default request-line limit).</summary>
    public const int MaxTargetLength = 8 * 1024;

    /// <summary>The most header bytes accepted (Kestrel's default).</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    /// <summary>414 or 431 when the request is too large; null otherwise.</summary>
    public static ProblemHttpResult? Check(HttpRequest request)
    {
        if (request.Path.Value?.Length + request.QueryString.Value?.Length > MaxTargetLength)
        {
            return Problems.UriTooLong(MaxTargetLength);
        }

        var headerBytes = request.Headers.Sum(header => header.Key.Length + 4 + header.Value.Sum(value => value?.Length ?? 0));
        return headerBytes > MaxHeaderBytes ? Problems.HeadersTooLarge(MaxHeaderBytes) : null;
    }
}
