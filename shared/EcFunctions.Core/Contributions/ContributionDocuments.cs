using System.Security.Cryptography;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using EcFunctions.Storage;

namespace EcFunctions.Contributions;

/// <summary>
/// The documents of written contributions, in Blob storage beside the answers' files, each under its
/// content's hash: a replaced document leaves the old bytes as they were until the contribution goes.
/// </summary>
public sealed class ContributionDocuments(BlobServiceClient blobs)
{
    private BlobContainerClient Container => blobs.GetBlobContainerClient(StorageNames.AttachmentsContainer);

    /// <summary>Stores <paramref name="content"/>; returns its SHA-256, which names it.</summary>
    public async Task<string> StoreAsync(string cycleId, string contributionId, byte[] content, string mediaType, CancellationToken cancellationToken = default)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        await Container.GetBlobClient(ContributionEntity.DocumentBlobName(cycleId, contributionId, sha256)).UploadAsync(
            BinaryData.FromBytes(content), new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = mediaType } }, cancellationToken);
        return sha256;
    }

    /// <summary>Opens the document's bytes for reading.</summary>
    public async Task<Stream> OpenAsync(string cycleId, string contributionId, ContributionDocument document, CancellationToken cancellationToken = default) =>
        (await Container.GetBlobClient(ContributionEntity.DocumentBlobName(cycleId, contributionId, document.Sha256))
            .DownloadStreamingAsync(cancellationToken: cancellationToken)).Value.Content;

    /// <summary>Deletes every document ever uploaded for the contribution.</summary>
    public async Task DeleteAllAsync(string cycleId, string contributionId, CancellationToken cancellationToken = default)
    {
        await foreach (var blob in Container.GetBlobsAsync(new GetBlobsOptions { Prefix = $"{ContributionEntity.DocumentBlobName(cycleId, contributionId, "")}" }, cancellationToken))
        {
            await Container.DeleteBlobIfExistsAsync(blob.Name, cancellationToken: cancellationToken);
        }
    }
}
