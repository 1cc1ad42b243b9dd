using System.ComponentModel.DataAnnotations;

namespace EcFunctions.Attachments;

/// <summary>Limits on attachments (section <c>Attachments</c>).</summary>
public sealed class AttachmentOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Attachments";

    /// <summary>The largest file accepted, in bytes; larger ones get 413. 20 MiB by default.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 20 * 1024 * 1024;
}
