using Azure.Data.Tables;
using Azure.Storage.Blobs;
using EcFunctions.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Benchmarks;

/// <summary>The project's composition over a given storage, as the benchmarks and their child processes run it.</summary>
internal static class BenchmarkHost
{
    /// <summary>
    /// A started host. Its configuration is not watched for changes: a watcher over the working
    /// directory (the repository, node_modules and all) would weigh in every heap figure.
    /// </summary>
    public static async Task<IHost> StartAsync(string connectionString, StorageRequestCounter? requests = null, bool createStorage = true)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Configuration["AzureWebJobsStorage"] = connectionString;
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.AddEcFunctions();
        if (createStorage)
        {
            builder.Services.AddHostedService<StorageInitializer>();
        }

        if (requests is not null)
        {
            // Registered after the project's clients, so these are the ones resolved.
            builder.Services.AddSingleton(new TableServiceClient(connectionString, requests.Counting(new TableClientOptions())));
            builder.Services.AddSingleton(new BlobServiceClient(connectionString, requests.Counting(new BlobClientOptions())));
        }

        var host = builder.Build();
        await host.StartAsync();
        return host;
    }
}
