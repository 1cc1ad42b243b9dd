using System.ComponentModel.DataAnnotations;

namespace EcFunctions.Storage;

/// <summary>
/// How long the app waits for storage (section <c>Storage</c>): every storage request is bounded by
/// <see cref="NetworkTimeout"/> a try and <see cref="MaxRetries"/> retries, so an outage becomes a
/// 503 in seconds instead of holding requests for minutes.
/// </summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Storage";

    /// <summary>How long one try of a storage request may take.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:05:00")]
    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How many times a failed storage request is tried again, with exponential back-off.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;
}
