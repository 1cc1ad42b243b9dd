using System.Collections.Concurrent;
using System.IO.Compression;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>
/// A stand-in for Application Insights' ingestion endpoint on loopback: it accepts every batch the
/// Azure Monitor exporter sends and keeps its text, so a test can read what would reach Azure.
/// </summary>
public sealed class FakeIngestion : IAsyncDisposable
{
    private readonly WebApplication app;

    private FakeIngestion(WebApplication app) => this.app = app;

    /// <summary>Every batch received, decompressed: one JSON telemetry item a line.</summary>
    public ConcurrentQueue<string> Batches { get; } = new();

    /// <summary>An Application Insights connection string whose ingestion and live endpoints are this server.</summary>
    public string ConnectionString
    {
        get
        {
            var address = app.Urls.Single();
            return $"InstrumentationKey=00000000-0000-0000-0000-000000000001;IngestionEndpoint={address}/;LiveEndpoint={address}/";
        }
    }

    /// <summary>Starts the server on a free loopback port.</summary>
    public static async Task<FakeIngestion> StartAsync()
    {
        // The exporter's own usage reports (statsbeat) go to Microsoft's endpoint whatever the
        // connection string says; this machine reaches no such host, so they stay off.
        Environment.SetEnvironmentVariable("APPLICATIONINSIGHTS_STATSBEAT_DISABLED", "true");
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var ingestion = new FakeIngestion(app);
        app.MapPost("/{**path}", async (HttpRequest request) =>
        {
            var body = request.Headers.ContentEncoding == "gzip" ? new GZipStream(request.Body, CompressionMode.Decompress) : request.Body;
            using var reader = new StreamReader(body);
            var batch = await reader.ReadToEndAsync();
            ingestion.Batches.Enqueue(batch);
            var items = batch.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            return Results.Json(new { itemsReceived = items, itemsAccepted = items, errors = Array.Empty<object>() });
        });
        await app.StartAsync();
        return ingestion;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
