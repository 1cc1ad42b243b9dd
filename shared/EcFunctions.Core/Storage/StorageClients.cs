using Azure.Identity;
using Azure.Storage.Queues;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.Configuration;

namespace EcFunctions.Storage;

/// <summary>
/// The one place that decides how the app reaches its storage account, from the same
/// <c>AzureWebJobsStorage</c> setting the Functions host reads: a connection string (Azurite, or an
/// account with shared keys) when the setting has a value; otherwise the account's identity-based
/// form, <c>AzureWebJobsStorage__accountName</c> (or per-service <c>__blobServiceUri</c>,
/// <c>__queueServiceUri</c>, <c>__tableServiceUri</c>), reached with <see cref="DefaultAzureCredential"/>:
/// the app's managed identity in Azure, the developer's own sign-in elsewhere.
/// </summary>
public static class StorageClients
{
    /// <summary>Registers the Blob, Queue and Table service clients of the account <paramref name="configuration"/> names.</summary>
    public static void AddStorageClients(this AzureClientFactoryBuilder clients, IConfiguration configuration)
    {
        // Read here, once, because the client options are set here, before any options are bound.
        var limits = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        clients.ConfigureDefaults(defaults =>
        {
            defaults.Retry.MaxRetries = limits.MaxRetries;
            defaults.Retry.NetworkTimeout = limits.NetworkTimeout;
            defaults.Retry.Delay = TimeSpan.FromMilliseconds(200);
            defaults.Retry.MaxDelay = TimeSpan.FromSeconds(2);
        });
        var storage = configuration.GetSection(StorageNames.Connection);
        if (!string.IsNullOrWhiteSpace(storage.Value))
        {
            clients.AddTableServiceClient(storage.Value);
            clients.AddBlobServiceClient(storage.Value);
            clients.AddQueueServiceClient(storage.Value).ConfigureOptions(UseBase64);
            return;
        }

        clients.AddTableServiceClient(Endpoint(storage, "table"));
        clients.AddBlobServiceClient(Endpoint(storage, "blob"));
        clients.AddQueueServiceClient(Endpoint(storage, "queue")).ConfigureOptions(UseBase64);
        clients.UseCredential(new DefaultAzureCredential());
    }

    private static Uri Endpoint(IConfigurationSection storage, string service) =>
        storage[$"{service}ServiceUri"] is { Length: > 0 } uri ? new Uri(uri)
        : storage["accountName"] is { Length: > 0 } account ? new Uri($"https://{account}.{service}.core.windows.net")
        : throw new InvalidOperationException(
            $"Set {StorageNames.Connection} to a connection string, or {StorageNames.Connection}__accountName to the storage account's name.");

    // Base64, as the Functions queue trigger expects by default.
    private static void UseBase64(QueueClientOptions queues) => queues.MessageEncoding = QueueMessageEncoding.Base64;
}
