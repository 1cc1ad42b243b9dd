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
    private TableClient Table => tables.GetTableClient(StorageNames.CyclesTable);

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
    /// Stores <paramref name="document"/> as the next revision and moves the head to it, in one
    /// transaction with a touch of the cycle's row on the ETag <paramref name="cycle"/> was read with,
    /// so nothing is stored once the cycle has changed (see <see cref="Cycles.CloseCycleHandler"/>).
    /// </summary>
    public async Task<AppendResult> AppendRevisionAsync(
        CycleEntity cycle, string respondentId, QuestionnaireRef questionnaire, ReadOnlyMemory<byte> document,
        CancellationToken cancellationToken = default)
    {
        var cycleId = cycle.PartitionKey;
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
        var touchCycle = new TableTransactionAction(
            TableTransactionActionType.UpdateMerge, new CycleWrites(cycleId, cycle.Writes + 1), cycle.ETag);
        try
        {
            await Table.SubmitTransactionAsync([touchCycle, moveHead, new(TableTransactionActionType.Add, revisionRow)], cancellationToken);
            return new AppendResult(head, CycleChanged: false);
        }
        catch (TableTransactionFailedException conflict) when (conflict.Status is 409 or 412)
        {
            return new AppendResult(null, CycleChanged: conflict.FailedTransactionActionIndex == 0);
        }
    }

    /// <summary>The current head of every response in a cycle, by respondent id, read page by page.</summary>
    public AsyncPageable<ResponseEntity> ListHeadsAsync(string cycleId, CancellationToken cancellationToken = default) =>
        Table.QueryAsync<ResponseEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {cycleId} and RowKey ge {"h:"} and RowKey lt {"h;"}"),
            cancellationToken: cancellationToken);

    /// <summary>The stored bytes of a revision.</summary>
    public async Task<BinaryData> ReadRevisionAsync(ResponseEntity revision, CancellationToken cancellationToken = default) =>
        (await Container.GetBlobClient(revision.BlobName).DownloadContentAsync(cancellationToken)).Value.Content;

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

    /// <summary>The part of a cycle's row a write touches: only its write counter, merged.</summary>
    private sealed record CycleWrites(string PartitionKey, long Writes) : ITableEntity
    {
        public string PartitionKey { get; set; } = PartitionKey;

        public string RowKey { get; set; } = CycleEntity.RowKeyValue;

        public long Writes { get; set; } = Writes;

        public DateTimeOffset? Timestamp { get; set; }

        public ETag ETag { get; set; }
    }
}

/// <summary>The outcome of <see cref="ResponseStore.AppendRevisionAsync"/>.</summary>
/// <param name="Head">The new head, or null when nothing was stored.</param>
/// <param name="CycleChanged">True when the cycle's row changed since it was read; false for a concurrent write to the response.</param>
public sealed record AppendResult(ResponseEntity? Head, bool CycleChanged);
