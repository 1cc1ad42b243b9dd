using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Storage;

/// <summary>
/// Creates the tables, containers and queues at start-up, so no request path has to: for the local host
/// and the tools that bring their own storage. Deployed, the Bicep creates them, and the Functions app
/// does not pay these calls on each cold start. <see cref="Ready"/> lets what starts beside it (the local
/// host starts its services concurrently) wait for the storage it needs.
/// </summary>
public sealed partial class StorageInitializer(
    TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues, ILogger<StorageInitializer> logger) : IHostedService
{
    private readonly Lazy<Task> creating = new(() => CreateAsync(tables, blobs, queues, logger));

    /// <summary>Complete once every table, container and queue exists.</summary>
    public Task Ready => creating.Value;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Ready.WaitAsync(cancellationToken);

    private static async Task CreateAsync(TableServiceClient tables, BlobServiceClient blobs, QueueServiceClient queues, ILogger<StorageInitializer> logger)
    {
        // Independent calls, made together: start-up waits one round trip, not ten.
        await Task.WhenAll([
            .. ((string[])[
                StorageNames.CyclesTable, StorageNames.RespondentsTable, StorageNames.TokensTable,
                StorageNames.IdempotencyTable, StorageNames.ContributionsTable,
            ]).Select(table => (Task)tables.CreateTableIfNotExistsAsync(table)),
            .. ((string[])[StorageNames.ResponsesContainer, StorageNames.AttachmentsContainer, StorageNames.SynthesisContainer])
                .Select(container => (Task)blobs.GetBlobContainerClient(container).CreateIfNotExistsAsync()),
            .. ((string[])[StorageNames.SynthesisQueue, StorageNames.SynthesisPoisonQueue])
                .Select(queue => (Task)queues.GetQueueClient(queue).CreateIfNotExistsAsync()),
        ]);

        LogReady(logger, tables.AccountName);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready in account {Account}")]
    private static partial void LogReady(ILogger logger, string account);
}
