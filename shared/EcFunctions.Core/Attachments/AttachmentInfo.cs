using EcFunctions.Http;
using EcFunctions.Storage;

namespace EcFunctions.Attachments;

/// <summary>An attached file as the API describes it.</summary>
/// <param name="Id">The id an answer refers to it by.</param>
/// <param name="FileName">The name it was uploaded with.</param>
/// <param name="MediaType">Its type, found from its content.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the content.</param>
/// <param name="UploadedAt">When it was uploaded.</param>
/// <param name="UploadedBy">Who uploaded it.</param>
/// <param name="Href">Where to download it.</param>
public sealed record AttachmentInfo(
    string Id, string FileName, string MediaType, long Size, string Sha256, DateTimeOffset UploadedAt, string UploadedBy, string Href)
{
    /// <summary>The description of a stored attachment.</summary>
    public static AttachmentInfo From(AttachmentEntity row) => new(
        row.AttachmentId, row.FileName, row.MediaType, row.Size, row.Sha256, row.UploadedAt, row.UploadedBy,
        Links.Attachment(row.PartitionKey, row.RespondentId, row.AttachmentId));
}

/// <summary>The reply of <c>GET .../attachments</c>.</summary>
/// <param name="Attachments">Every file attached to the response, by id.</param>
public sealed record AttachmentListing(IReadOnlyList<AttachmentInfo> Attachments);
