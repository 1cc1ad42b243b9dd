using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Storage;

/// <summary>Creates the tables and containers at start-up, so no request path has to.</summary>
public sealed partial class StorageInitializer(
    TableServiceClient tables, BlobServiceClient blobs, ILogger<StorageInitializer> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var table in (string[])[StorageNames.ResponsesTable, StorageNames.RespondentsTable, StorageNames.TokensTable])
        {
            await tables.CreateTableIfNotExistsAsync(table, cancellationToken);
        }

        await blobs.GetBlobContainerClient(StorageNames.ResponsesContainer)
            .CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        LogReady(tables.AccountName);
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage ready in account {Account}")]
    private partial void LogReady(string account);
}
