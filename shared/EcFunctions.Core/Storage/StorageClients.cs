using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Storage;

/// <summary>
/// The one place that decides how the app reaches its storage account, from the same
/// <c>AzureWebJobsStorage</c> setting the Functions host reads: a connection string (Azurite, or an
/// account with shared keys) when the setting has a value; otherwise the account's identity-based
/// form, <c>AzureWebJobsStorage__accountName</c> (or per-service <c>__blobServiceUri</c>,
/// <c>__queueServiceUri</c>, <c>__tableServiceUri</c>), reached with <see cref="DefaultAzureCredential"/>:
/// the app's managed identity in Azure, the developer's own sign-in elsewhere.
/// </summary>
/// <remarks>
/// The clients are built here rather than through Microsoft.Extensions.Azure's factory, which builds a
/// <see cref="DefaultAzureCredential"/> for every client, connection string or not: loading and compiling
/// the identity libraries was a tenth of a cold start's compiled methods.
/// </remarks>
public static class StorageClients
{
    /// <summary>Registers the Blob, Queue and Table service clients of the account <paramref name="configuration"/> names, each built on first use.</summary>
    public static IServiceCollection AddStorageClients(this IServiceCollection services, IConfiguration configuration)
    {
        // Read here, once, because the client options are set here, before any options are bound.
        var limits = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var storage = configuration.GetSection(StorageNames.Connection);
        if (storage.Value is { } connectionString && !string.IsNullOrWhiteSpace(connectionString))
        {
            services.AddSingleton(_ => new TableServiceClient(connectionString, Limited(new TableClientOptions(), limits)));
            services.AddSingleton(_ => new BlobServiceClient(connectionString, Limited(new BlobClientOptions(), limits)));
            services.AddSingleton(_ => new QueueServiceClient(connectionString, Limited(Base64(), limits)));
            return services;
        }

        var (table, blob, queue) = (Endpoint(storage, "table"), Endpoint(storage, "blob"), Endpoint(storage, "queue"));
        // One credential for the three clients, so they share its tokens.
        var credential = new Lazy<TokenCredential>(() => new DefaultAzureCredential());
        services.AddSingleton(_ => new TableServiceClient(table, credential.Value, Limited(new TableClientOptions(), limits)));
        services.AddSingleton(_ => new BlobServiceClient(blob, credential.Value, Limited(new BlobClientOptions(), limits)));
        services.AddSingleton(_ => new QueueServiceClient(queue, credential.Value, Limited(Base64(), limits)));
        return services;
    }

    private static T Limited<T>(T options, StorageOptions limits)
        where T : ClientOptions
    {
        options.Retry.MaxRetries = limits.MaxRetries;
        options.Retry.NetworkTimeout = limits.NetworkTimeout;
        options.Retry.Delay = TimeSpan.FromMilliseconds(200);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        return options;
    }

    private static Uri Endpoint(IConfigurationSection storage, string service) =>
        storage[$"{service}ServiceUri"] is { Length: > 0 } uri ? new Uri(uri)
        : storage["accountName"] is { Length: > 0 } account ? new Uri($"https://{account}.{service}.core.windows.net")
        : throw new InvalidOperationException(
            $"Set {StorageNames.Connection} to a connection string, or {StorageNames.Connection}__accountName to the storage account's name.");

    // Base64, as the Functions queue trigger expects by default.
    private static QueueClientOptions Base64() => new() { MessageEncoding = QueueMessageEncoding.Base64 };
}
