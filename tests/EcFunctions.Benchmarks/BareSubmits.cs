using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using EcFunctions.Storage;

namespace EcFunctions.Benchmarks;

/// <summary>
/// The least storage work a submit must do, and nothing else: upload the answer's bytes, then one
/// transaction adding its head, revision and audit rows. What the project's submit is measured against.
/// </summary>
internal sealed class BareSubmits(string connectionString, StorageRequestCounter counter)
{
    private readonly TableClient table = new TableServiceClient(connectionString, counter.Counting(new TableClientOptions()))
        .GetTableClient(StorageNames.CyclesTable);

    private readonly BlobContainerClient container = new BlobServiceClient(connectionString, counter.Counting(new BlobClientOptions()))
        .GetBlobContainerClient(StorageNames.ResponsesContainer);

    public async Task<bool> SubmitAsync(string cycleId, string respondentId, byte[] answer, CancellationToken cancellationToken)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(answer));
        var blobName = ResponseBlobs.RevisionName(cycleId, respondentId, 1, sha256);
        await container.GetBlobClient(blobName).UploadAsync(BinaryData.FromBytes(answer),
            new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } }, cancellationToken);
        var head = new TableEntity(cycleId, ResponseEntity.HeadKey(respondentId)) { ["BlobName"] = blobName, ["Sha256"] = sha256, ["Revision"] = 1 };
        await table.SubmitTransactionAsync(
        [
            new(TableTransactionActionType.Add, head),
            new(TableTransactionActionType.Add, new TableEntity(head) { RowKey = ResponseEntity.RevisionKey(respondentId, 1) }),
            new(TableTransactionActionType.Add, new TableEntity(head) { RowKey = $"a:{respondentId}:{Guid.NewGuid():N}" }),
        ], cancellationToken);
        return true;
    }
}
