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
    // What ResponseEntity.Submitted reads, and the keys.
    private static readonly string[] SubmittedColumns =
    [
        nameof(ResponseEntity.PartitionKey), nameof(ResponseEntity.RowKey), nameof(ResponseEntity.RespondentId), nameof(ResponseEntity.QuestionnaireId),
        nameof(ResponseEntity.SubmittedRevision), nameof(ResponseEntity.SubmittedBlobName), nameof(ResponseEntity.SubmittedSha256),
        nameof(ResponseEntity.SubmittedQuestionnaireVersion),
    ];

    private TableClient Table => tables.GetTableClient(StorageNames.CyclesTable);

    private BlobContainerClient Container => blobs.GetBlobContainerClient(StorageNames.ResponsesContainer);

    /// <summary>The current state of a respondent's response in a cycle, or null when it has none (a fence is none).</summary>
    public async Task<ResponseEntity?> GetResponseIfExistsAsync(
        string cycleId, string respondentId, CancellationToken cancellationToken = default)
    {
        var head = await Table.GetEntityIfExistsAsync<ResponseEntity>(
            cycleId, ResponseEntity.HeadKey(respondentId), cancellationToken: cancellationToken);
        return head.HasValue && head.Value!.Revision > 0 ? head.Value : null;
    }

    /// <summary>
    /// Stores the <paramref name="write"/>'s document as the revision after <paramref name="current"/> and moves the
    /// head to it, in one transaction conditional on the head as <paramref name="current"/> read it (or on its
    /// absence), so nothing is stored once the response has changed or the close has fenced it
    /// (see <see cref="Cycles.CloseCycleHandler"/>), with what else the write stores <paramref name="alongside"/>
    /// the new head (its audit event, its idempotency key's record). Null when that condition failed, or
    /// one of those could not be added.
    /// </summary>
    public async Task<ResponseEntity?> AppendRevisionAsync(
        string cycleId, ResponseEntity? current, RevisionWrite write, Func<ResponseEntity, IEnumerable<TableTransactionAction>> alongside,
        CancellationToken cancellationToken = default)
    {
        var revision = (current?.Revision ?? 0) + 1;
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(write.Document.Span));
        var head = new ResponseEntity
        {
            PartitionKey = cycleId,
            RowKey = ResponseEntity.HeadKey(write.RespondentId),
            RespondentId = write.RespondentId,
            QuestionnaireId = write.Questionnaire.Id,
            QuestionnaireVersion = write.Questionnaire.Version,
            Revision = revision,
            BlobName = ResponseBlobs.RevisionName(cycleId, write.RespondentId, revision, sha256),
            Sha256 = sha256,
            Size = write.Document.Length,
            StoredAt = clock.GetUtcNow(),
            State = write.State,
            Actor = write.Actor,
            WriteId = write.WriteId,
            SubmittedRevision = current?.SubmittedRevision,
            SubmittedBlobName = current?.SubmittedBlobName,
            SubmittedSha256 = current?.SubmittedSha256,
            SubmittedQuestionnaireVersion = current?.SubmittedQuestionnaireVersion,
        };
        if (write.State == ResponseState.Submitted)
        {
            head = head with
            {
                SubmittedRevision = revision, SubmittedBlobName = head.BlobName, SubmittedSha256 = sha256,
                SubmittedQuestionnaireVersion = write.Questionnaire.Version,
            };
        }

        // The blob goes first and the index second: an index row is only ever written for bytes
        // already stored, so a failure in between leaves an unindexed blob, never a row that
        // points at nothing.
        await UploadOnceAsync(head.BlobName, write.Document, cancellationToken);

        return await CommitAsync(current, head, alongside, cancellationToken);
    }

    /// <summary>
    /// Withdraws the response: a new revision of the <paramref name="submitted"/> revision's bytes, in
    /// state withdrawn, so the history keeps every earlier revision and the synthesis leaves the response out.
    /// </summary>
    public async Task<ResponseEntity?> WithdrawAsync(
        ResponseEntity current, ResponseEntity submitted, string actor, string writeId, Func<ResponseEntity, IEnumerable<TableTransactionAction>> alongside,
        CancellationToken cancellationToken = default) =>
        await CommitAsync(current, submitted with
        {
            RowKey = current.RowKey, Revision = current.Revision + 1, State = ResponseState.Withdrawn,
            Actor = actor, WriteId = writeId, StoredAt = clock.GetUtcNow(),
            SubmittedRevision = null, SubmittedBlobName = null, SubmittedSha256 = null, SubmittedQuestionnaireVersion = null,
        }, alongside, cancellationToken);

    /// <summary>Every revision of a respondent's response, oldest first.</summary>
    public async Task<List<ResponseEntity>> ListRevisionsAsync(string cycleId, string respondentId, CancellationToken cancellationToken = default)
    {
        var revisions = new List<ResponseEntity>();
        await foreach (var row in Table.QueryAsync<ResponseEntity>(
            TableClient.CreateQueryFilter(
                $"PartitionKey eq {cycleId} and RowKey ge {ResponseEntity.RevisionKeyStart(respondentId)} and RowKey lt {ResponseEntity.RevisionKeyEnd(respondentId)}"),
            cancellationToken: cancellationToken))
        {
            revisions.Add(row);
        }

        return revisions;
    }

    /// <summary>One revision row, or null.</summary>
    public async Task<ResponseEntity?> GetRevisionIfExistsAsync(string cycleId, string respondentId, int revision, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<ResponseEntity>(
            cycleId, ResponseEntity.RevisionKey(respondentId, revision), cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>The record an idempotency key of a write to the cycle's responses left (see <see cref="ResponseWriteKey"/>), or null.</summary>
    public async Task<IdempotencyEntity?> GetKeyRecordIfExistsAsync(string cycleId, string rowKey, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityIfExistsAsync<IdempotencyEntity>(cycleId, rowKey, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value : null;
    }

    /// <summary>
    /// Fences every response of the cycle against writes that read it open: each head row, of every
    /// respondent named and of every response already there, is changed (a respondent without one gets
    /// a head holding only the fence), so such a write fails on its head's condition, re-reads the cycle
    /// and is refused. A hundred heads a transaction; fencing twice is harmless.
    /// </summary>
    public async Task FenceAsync(string cycleId, IEnumerable<string> respondentIds, CancellationToken cancellationToken = default)
    {
        var ids = new SortedSet<string>(respondentIds, StringComparer.Ordinal);
        await foreach (var head in Table.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {cycleId} and RowKey ge {"h:"} and RowKey lt {"h;"}"),
            select: ["RowKey"], cancellationToken: cancellationToken))
        {
            ids.Add(head.RowKey[2..]);
        }

        var fencedAt = clock.GetUtcNow();
        foreach (var chunk in ids.Chunk(100))
        {
            await Table.SubmitTransactionAsync(
                chunk.Select(id => new TableTransactionAction(TableTransactionActionType.UpsertMerge,
                    new TableEntity(cycleId, ResponseEntity.HeadKey(id)) { [nameof(ResponseEntity.FencedAt)] = fencedAt })),
                cancellationToken);
        }
    }

    // Only the response's own head is a condition: writes of different respondents never meet.
    private async Task<ResponseEntity?> CommitAsync(
        ResponseEntity? current, ResponseEntity head, Func<ResponseEntity, IEnumerable<TableTransactionAction>> alongside, CancellationToken cancellationToken)
    {
        var revisionRow = head with { RowKey = ResponseEntity.RevisionKey(head.RespondentId, head.Revision) };
        TableTransactionAction moveHead = current is null
            ? new(TableTransactionActionType.Add, head)
            : new(TableTransactionActionType.UpdateReplace, head, current.ETag);
        try
        {
            var replies = await Table.SubmitTransactionAsync(
                [moveHead, new(TableTransactionActionType.Add, revisionRow), .. alongside(head)], cancellationToken);
            // With its new ETag, the next write made from this head can commit without reading it (see RecentHeads).
            return replies.Value[0].Headers.ETag is { } written ? head with { ETag = written } : head;
        }
        catch (TableTransactionFailedException conflict) when (conflict.Status is 409 or 412)
        {
            return null;
        }
    }

    /// <summary>
    /// The last submitted revision of every response in a cycle that has one and is not withdrawn, by
    /// respondent id, read page by page: what a synthesis reads, and only that; the head's other columns
    /// (its draft, who wrote it) are not read.
    /// </summary>
    public async IAsyncEnumerable<ResponseEntity> ListSubmittedAsync(
        string cycleId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var head in Table.QueryAsync<ResponseEntity>(HeadsOf(cycleId), select: SubmittedColumns, cancellationToken: cancellationToken))
        {
            if (head.Submitted() is { } submitted)
            {
                yield return submitted;
            }
        }
    }

    /// <summary>The head row of every response in a cycle, by respondent id (a fenced one may hold revision 0).</summary>
    public IAsyncEnumerable<ResponseEntity> ListHeadsAsync(string cycleId, CancellationToken cancellationToken = default) =>
        Table.QueryAsync<ResponseEntity>(HeadsOf(cycleId), cancellationToken: cancellationToken);

    private static string HeadsOf(string cycleId) => TableClient.CreateQueryFilter($"PartitionKey eq {cycleId} and RowKey ge {"h:"} and RowKey lt {"h;"}");

    /// <summary>The stored bytes of a revision.</summary>
    public async Task<BinaryData> ReadRevisionAsync(ResponseEntity revision, CancellationToken cancellationToken = default) =>
        (await Container.GetBlobClient(revision.BlobName).DownloadContentAsync(cancellationToken)).Value.Content;

    /// <summary>Opens the stored bytes of a revision for reading; null when they are missing although the index lists them.</summary>
    public async Task<Stream?> OpenRevisionIfExistsAsync(ResponseEntity revision, CancellationToken cancellationToken = default)
    {
        try
        {
            var download = await Container.GetBlobClient(revision.BlobName)
                .DownloadStreamingAsync(cancellationToken: cancellationToken);
            return download.Value.Content;
        }
        catch (RequestFailedException missing) when (missing.Status == 404)
        {
            return null;
        }
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

/// <summary>What a write of a revision stores, besides its place after the current one.</summary>
/// <param name="RespondentId">Whose response.</param>
/// <param name="Questionnaire">The questionnaire version the document was validated against.</param>
/// <param name="Document">The bytes, stored as they are.</param>
/// <param name="State">What the revision makes of the response (<see cref="ResponseState"/>).</param>
/// <param name="Actor">Who writes it.</param>
/// <param name="WriteId">The request's random id (see <see cref="ResponseEntity.WriteId"/>).</param>
public sealed record RevisionWrite(
    string RespondentId, QuestionnaireRef Questionnaire, ReadOnlyMemory<byte> Document, string State, string Actor, string WriteId);
