using Azure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcFunctions.Http;

/// <summary>
/// Every request's overall deadline, and the one place a storage failure becomes an answer: past
/// <see cref="RequestOptions.Deadline"/>, or when storage fails or does not answer after the clients'
/// bounded retries, the caller gets <c>503 storage-unavailable</c> with <c>Retry-After</c> instead of
/// a bare 500 or a request held for minutes. Both hosts run each request through it.
/// </summary>
public sealed partial class RequestDeadline(IOptions<RequestOptions> options, ILogger<RequestDeadline> logger)
{
    /// <summary>How long clients are told to wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(10);

    /// <summary>Runs <paramref name="next"/> with the request's cancellation bounded by the deadline.</summary>
    public async Task RunAsync(HttpContext context, Func<Task> next)
    {
        var aborted = context.RequestAborted;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        deadline.CancelAfter(options.Value.Deadline);
        context.RequestAborted = deadline.Token;
        try
        {
            await next();
        }
        catch (Exception failure) when (!aborted.IsCancellationRequested && !context.Response.HasStarted && Unavailable(failure))
        {
            LogUnavailable(failure, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            // The problem is written under the caller's own cancellation: the deadline's may have fired.
            context.RequestAborted = aborted;
            await Problems.StorageUnavailable(RetryAfter).ExecuteAsync(context);
        }
        finally
        {
            context.RequestAborted = aborted;
        }
    }

    // Storage that cannot be reached (status 0, or the network failing under the client), times out
    // (408) or fails on its side (5xx), the clients giving up after their retries, or the deadline
    // cancelling the work.
    private static bool Unavailable(Exception failure) => failure switch
    {
        RequestFailedException { Status: 0 or 408 or >= 500 } => true,
        AggregateException retries => retries.InnerExceptions.All(Unavailable),
        OperationCanceledException or TimeoutException or IOException or HttpRequestException or System.Net.Sockets.SocketException => true,
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage unavailable for {Method} {Path}; answered 503")]
    private partial void LogUnavailable(Exception failure, string method, string path);
}
