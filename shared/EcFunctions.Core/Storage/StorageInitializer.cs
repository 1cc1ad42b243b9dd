using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Storage;

/// <summary>Creates the tables, containers and queues at start-up, so no request path has to.</summary>
public sealed partial class StorageInitializer(
    TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues, ILogger<StorageInitializer> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var table in (string[])[
            StorageNames.CyclesTable, StorageNames.RespondentsTable, StorageNames.TokensTable,
            StorageNames.IdempotencyTable, StorageNames.AuditTable,
        ])
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        foreach (var container in (string[])[StorageNames.ResponsesContainer, StorageNames.AttachmentsContainer, StorageNames.SynthesisContainer])
        {
            await blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        foreach (var queue in (string[])[StorageNames.SynthesisQueue, StorageNames.SynthesisPoisonQueue])
        {
            await queues.GetQueueClient(queue).CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        }

        LogReady(tables.AccountName);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready in account {Account}")]
    private partial void LogReady(string account);
}
