using Azure;
using Azure.Storage.Blobs;
using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Tests.Integration.Http;

/// <summary>
/// What the storage SDK warns of reaches the host's logs, under the category the logging configuration
/// names (<c>Azure.Core</c>); the Functions app is composed by the same <c>AddEcFunctions</c>.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class StorageLogsTests(ApiFixture api)
{
    [Fact]
    public async Task AnErrorResponseFromStorageIsLoggedAsAWarningOfAzureCore()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = api.Host.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging.AddProvider(logs)));
        _ = host.Server;
        var missing = host.Services.GetRequiredService<BlobServiceClient>()
            .GetBlobContainerClient(StorageNames.ResponsesContainer).GetBlobClient($"missing-{Guid.NewGuid():N}");

        var refused = await Assert.ThrowsAsync<RequestFailedException>(() => missing.DownloadContentAsync());

        Assert.Equal(404, refused.Status);
        Assert.Contains(logs.Lines, line => line.StartsWith("Azure.Core: Error response [", StringComparison.Ordinal) && line.Contains("BlobNotFound", StringComparison.Ordinal));
    }
}
