using System.Globalization;
using EcFunctions.LocalHost.DevelopmentStorage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>
/// One in-memory Azurite for the test run, on ports the OS picks, and the local host in process
/// against it. Each test works in cycles of its own, so tests do not see each other's data.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    /// <summary>The body limit the tests run with, small so the 413 test sends little.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    private AzuriteProcess? azurite;
    private WebApplicationFactory<Program>? host;

    /// <summary>The connection string of the running Azurite, for tests that look at storage directly.</summary>
    public string StorageConnectionString => azurite?.ConnectionString ?? throw NotStarted();

    /// <summary>The running local host.</summary>
    public WebApplicationFactory<Program> Host => host ?? throw NotStarted();

    /// <summary>A client of the local host; relative URIs start at its root.</summary>
    public HttpClient CreateClient() => Host.CreateClient();

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync(location: null, port: 0);
        host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("AzureWebJobsStorage", azurite.ConnectionString)
            .UseSetting("Requests:MaxBodyBytes", MaxBodyBytes.ToString(CultureInfo.InvariantCulture)));
        _ = host.Server; // start now, so a broken start fails here rather than in the first test
    }

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The API fixture has not started.");
}
