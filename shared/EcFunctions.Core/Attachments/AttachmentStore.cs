using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using EcFunctions.Storage;

namespace EcFunctions.Attachments;

/// <summary>Attached files: bytes in Blob storage, indexed beside the response in Table storage.</summary>
public sealed class AttachmentStore(TableServiceClient tables, BlobServiceClient blobs, TimeProvider clock)
{
    private TableClient Table => tables.GetTableClient(StorageNames.CyclesTable);

    private BlobContainerClient Container => blobs.GetBlobContainerClient(StorageNames.AttachmentsContainer);

    /// <summary>One attachment's row, or null.</summary>
    public async Task<AttachmentEntity?> GetIfExistsAsync(string cycleId, string respondentId, string attachmentId, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<AttachmentEntity>(
            cycleId, AttachmentEntity.Key(respondentId, attachmentId), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>Every attachment of a respondent's response, by id.</summary>
    public async Task<List<AttachmentEntity>> ListAsync(string cycleId, string respondentId, CancellationToken cancellationToken = default)
    {
        var prefix = AttachmentEntity.Key(respondentId, "");
        var rows = new List<AttachmentEntity>();
        await foreach (var row in Table.QueryAsync<AttachmentEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {cycleId} and RowKey ge {prefix} and RowKey lt {prefix[..^1] + ";"}"),
            cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    /// <summary>
    /// Stores the file and indexes it; returns the row and whether it is new. The blob goes first, so
    /// a row never points at missing bytes; a retry finds the blob or the row already there and stores nothing twice.
    /// </summary>
    public async Task<(AttachmentEntity Row, bool Created)> AddAsync(
        string cycleId, string respondentId, byte[] content, string mediaType, string fileName, string uploadedBy,
        CancellationToken cancellationToken = default)
    {
        // The id is the content's hash: the same bytes attached twice are one attachment.
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        var id = sha256[..32];
        if (await GetIfExistsAsync(cycleId, respondentId, id, cancellationToken) is { } existing)
        {
            return (existing, false);
        }

        var blobName = AttachmentEntity.BlobName(cycleId, respondentId, id);
        try
        {
            await Container.GetBlobClient(blobName).UploadAsync(
                BinaryData.FromBytes(content),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = mediaType },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                cancellationToken);
        }
        catch (RequestFailedException exists) when (exists.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            // The name is the content's hash: what is there is these bytes.
        }

        var row = new AttachmentEntity
        {
            PartitionKey = cycleId,
            RowKey = AttachmentEntity.Key(respondentId, id),
            RespondentId = respondentId,
            AttachmentId = id,
            FileName = fileName,
            MediaType = mediaType,
            Size = content.Length,
            Sha256 = sha256,
            UploadedAt = clock.GetUtcNow(),
            UploadedBy = uploadedBy,
        };
        try
        {
            await Table.AddEntityAsync(row, cancellationToken);
            return (row, true);
        }
        catch (RequestFailedException exists) when (exists.Status == 409)
        {
            return ((await GetIfExistsAsync(cycleId, respondentId, id, cancellationToken))!, false);
        }
    }

    /// <summary>Opens an attachment's bytes for reading.</summary>
    public async Task<Stream> OpenAsync(AttachmentEntity row, CancellationToken cancellationToken = default) =>
        (await Container.GetBlobClient(AttachmentEntity.BlobName(row.PartitionKey, row.RespondentId, row.AttachmentId))
            .DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;
}
