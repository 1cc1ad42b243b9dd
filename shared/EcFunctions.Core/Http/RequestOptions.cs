using System.ComponentModel.DataAnnotations;

namespace EcFunctions.Http;

/// <summary>Limits on what a request may carry (section <c>Requests</c>).</summary>
public sealed class RequestOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Requests";

    /// <summary>The largest body accepted, in bytes; larger ones get 413.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>How long an <c>Idempotency-Key</c> answers retries with its first result; after that it may be used anew.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan IdempotencyKeyLifetime { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a request may take in all; past it, storage is given up on and the answer is 503.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(30);
}
