using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using EcFunctions.Questionnaires;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Storage;

/// <summary>
/// Creates the tables, containers and queues at start-up, so no request path has to: for the local host
/// and the tools that bring their own storage. Deployed, the Bicep creates them, and the Functions app
/// does not pay these calls on each cold start. <see cref="Ready"/> lets what starts beside it (the local
/// host starts its services concurrently) wait for the storage it needs.
/// </summary>
/// <remarks>
/// It creates storage once the catalogue is parsed, not beside it, and builds the storage clients only
/// then. On two cores the parsing, the creation (and Azurite answering it) and the server's start had
/// shared the CPU three ways, and the first answer came 100 to 200 ms later than with one of them at a
/// time (README, Benchmark). Whatever needs storage also needs the catalogue, so it waits no longer.
/// </remarks>
public sealed partial class StorageInitializer(CatalogueLoading catalogue, IServiceProvider services, ILogger<StorageInitializer> logger) : IHostedService
{
    private readonly Lazy<Task> creating = new(() => CreateAsync(catalogue, services, logger));

    /// <summary>Complete once every table, container and queue exists.</summary>
    public Task Ready => creating.Value;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Ready.WaitAsync(cancellationToken);

    private static async Task CreateAsync(CatalogueLoading catalogue, IServiceProvider services, ILogger<StorageInitializer> logger)
    {
        // A catalogue that fails to parse fails the start by itself (CatalogueLoading); this only waits for it to finish.
        await ((Task)catalogue.Catalogue).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        var tables = services.GetRequiredService<TableServiceClient>();
        var blobs = services.GetRequiredService<BlobServiceClient>();
        var queues = services.GetRequiredService<QueueServiceClient>();
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
