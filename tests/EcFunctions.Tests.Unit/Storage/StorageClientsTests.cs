using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using EcFunctions.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Tests.Unit.Storage;

public sealed class StorageClientsTests
{
    [Fact]
    public void UsesTheConnectionStringWhenTheSettingHasOne()
    {
        using var services = Clients(new() { ["AzureWebJobsStorage"] = "UseDevelopmentStorage=true" });

        Assert.Equal("http://127.0.0.1:10000/devstoreaccount1", services.GetRequiredService<BlobServiceClient>().Uri.ToString().TrimEnd('/'));
        Assert.Equal("devstoreaccount1", services.GetRequiredService<TableServiceClient>().AccountName);
        Assert.Equal("devstoreaccount1", services.GetRequiredService<QueueServiceClient>().AccountName);
    }

    [Fact]
    public void ReachesTheNamedAccountByIdentityWithoutAConnectionString()
    {
        using var services = Clients(new() { ["AzureWebJobsStorage:accountName"] = "ecstore" });

        Assert.Equal(new Uri("https://ecstore.blob.core.windows.net/"), services.GetRequiredService<BlobServiceClient>().Uri);
        Assert.Equal(new Uri("https://ecstore.table.core.windows.net/"), services.GetRequiredService<TableServiceClient>().Uri);
        Assert.Equal(new Uri("https://ecstore.queue.core.windows.net/"), services.GetRequiredService<QueueServiceClient>().Uri);
        Assert.False(services.GetRequiredService<BlobServiceClient>().CanGenerateAccountSasUri);
    }

    [Fact]
    public void TakesAServiceUriOverTheAccountName()
    {
        using var services = Clients(new()
        {
            ["AzureWebJobsStorage:accountName"] = "ecstore",
            ["AzureWebJobsStorage:tableServiceUri"] = "https://ecstore.table.example.net/",
        });

        Assert.Equal(new Uri("https://ecstore.table.example.net/"), services.GetRequiredService<TableServiceClient>().Uri);
    }

    [Fact]
    public void SaysWhatToSetWhenNeitherIsThere()
    {
        var missing = Assert.Throws<InvalidOperationException>(() => Clients([]));
        Assert.Contains("AzureWebJobsStorage__accountName", missing.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Clients(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddStorageClients(configuration);
        return services.BuildServiceProvider();
    }
}
