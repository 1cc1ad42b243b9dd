using Azure;
using Azure.Data.Tables;

namespace EcFunctions.Storage;

/// <summary>
/// A file attached to a respondent's response, indexed in its cycle's partition beside the response
/// (key <c>a:{respondentId}:{attachmentId}</c>); its bytes are one blob in <see cref="StorageNames.AttachmentsContainer"/>.
/// </summary>
public sealed record AttachmentEntity : ITableEntity
{
    /// <summary>The cycle id.</summary>
    public string PartitionKey { get; set; } = "";

    /// <inheritdoc/>
    public string RowKey { get; set; } = "";

    /// <inheritdoc/>
    public DateTimeOffset? Timestamp { get; set; }

    /// <inheritdoc/>
    public ETag ETag { get; set; }

    /// <summary>Whose response the file belongs to.</summary>
    public string RespondentId { get; set; } = "";

    /// <summary>The first 32 hex digits of the content's SHA-256: the same bytes get the same id.</summary>
    public string AttachmentId { get; set; } = "";

    /// <summary>The name the uploader gave, for downloads.</summary>
    public string FileName { get; set; } = "";

    /// <summary>The media type found from the content.</summary>
    public string MediaType { get; set; } = "";

    /// <summary>Size in bytes.</summary>
    public long Size { get; set; }

    /// <summary>Lower-case hex SHA-256 of the content.</summary>
    public string Sha256 { get; set; } = "";

    /// <summary>When it was uploaded.</summary>
    public DateTimeOffset UploadedAt { get; set; }

    /// <summary>Who uploaded it.</summary>
    public string UploadedBy { get; set; } = "";

    /// <summary>The row key of an attachment.</summary>
    public static string Key(string respondentId, string attachmentId) => $"a:{respondentId}:{attachmentId}";

    /// <summary>The blob holding an attachment's bytes.</summary>
    public static string BlobName(string cycleId, string respondentId, string attachmentId) => $"{cycleId}/{respondentId}/{attachmentId}";
}
