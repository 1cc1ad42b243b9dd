using System.Security.Cryptography;
using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using EcFunctions.Questionnaires;
using EcFunctions.Storage;

namespace EcFunctions.Responses;

/// <summary>Answer documents in Blob storage, indexed in Table storage.</summary>
public sealed class ResponseStore(TableServiceClient tables, BlobServiceClient blobs, TimeProvider clock)
{
    private TableClient Table => tables.GetTableClient(StorageNames.ResponsesTable);

    private BlobContainerClient Container => blobs.GetBlobContainerClient(StorageNames.ResponsesContainer);

    /// <summary>The current state of a respondent's response in a cycle, or null when it has none.</summary>
    public async Task<ResponseEntity?> GetResponseIfExistsAsync(
        string cycleId, string respondentId, CancellationToken cancellationToken = default)
    {
        var head = await Table.GetEntityIfExistsAsync<ResponseEntity>(
            cycleId, ResponseEntity.HeadKey(respondentId), cancellationToken: cancellationToken);
        return head.HasValue ? head.Value : null;
    }

    /// <summary>
    /// Stores <paramref name="document"/> as the next revision and moves the head to it.
    /// Returns the new head, or null when a concurrent write took the revision first.
    /// </summary>
    public async Task<ResponseEntity?> AppendRevisionAsync(
        string cycleId, string respondentId, QuestionnaireRef questionnaire, ReadOnlyMemory<byte> document,
        CancellationToken cancellationToken = default)
    {
        var current = await GetResponseIfExistsAsync(cycleId, respondentId, cancellationToken);
        var revision = (current?.Revision ?? 0) + 1;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(document.Span));
        var head = new ResponseEntity
        {
            PartitionKey = cycleId,
            RowKey = ResponseEntity.HeadKey(respondentId),
            RespondentId = respondentId,
            QuestionnaireId = questionnaire.Id,
            QuestionnaireVersion = questionnaire.Version,
            Revision = revision,
            BlobName = ResponseBlobs.RevisionName(cycleId, respondentId, revision, sha256),
            Sha256 = sha256,
            Size = document.Length,
            StoredAt = clock.GetUtcNow(),
        };

        // The blob goes first and the index second: an index row is only ever written for bytes
        // already stored, so a failure in between leaves an unindexed blob, never a row that
        // points at nothing.
        await UploadOnceAsync(head.BlobName, document, cancellationToken);

        var revisionRow = head with { RowKey = ResponseEntity.RevisionKey(respondentId, revision) };
        TableTransactionAction moveHead = current is null
            ? new(TableTransactionActionType.Add, head)
            : new(TableTransactionActionType.UpdateReplace, head, current.ETag);
        try
        {
            var results = await Table.SubmitTransactionAsync(
                [moveHead, new(TableTransactionActionType.Add, revisionRow)], cancellationToken);
            head.ETag = results.Value[0].Headers.ETag ?? default;
            return head;
        }
        catch (TableTransactionFailedException conflict) when (conflict.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>Opens the stored bytes of a revision for reading.</summary>
    public async Task<Stream> OpenRevisionAsync(ResponseEntity revision, CancellationToken cancellationToken = default)
    {
        var download = await Container.GetBlobClient(revision.BlobName)
            .DownloadStreamingAsync(cancellationToken: cancellationToken);
        return download.Value.Content;
    }

    private async Task UploadOnceAsync(string blobName, ReadOnlyMemory<byte> document, CancellationToken cancellationToken)
    {
        try
        {
            await Container.GetBlobClient(blobName).UploadAsync(
                BinaryData.FromBytes(document),
                new BlobUploadOptions
                {
                    HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                },
                cancellationToken);
        }
        catch (RequestFailedException exists) when (exists.ErrorCode == BlobErrorCode.BlobAlreadyExists)
        {
            // Same name means same revision and same bytes: an earlier attempt already stored them.
        }
    }
}
