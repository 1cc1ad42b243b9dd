using System.Collections.Concurrent;
using System.Text;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>Hosts whose storage requests pass through a test's pipeline policies, and the policies tests use.</summary>
public static class StoragePolicies
{
    /// <summary>A local host on the fixture's Azurite whose table and blob clients send every request through these policies.</summary>
    public static WebApplicationFactory<Program> HostThrough(this ApiFixture api, HttpPipelinePolicy? tables, HttpPipelinePolicy? blobs, bool retries) =>
        api.Host.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new TableServiceClient(api.StorageConnectionString, Through(new TableClientOptions(), tables, retries)));
            services.AddSingleton(new BlobServiceClient(api.StorageConnectionString, Through(new BlobClientOptions(), blobs, retries)));
        }));

    private static T Through<T>(T options, HttpPipelinePolicy? policy, bool retries)
        where T : ClientOptions
    {
        options.Retry.Delay = TimeSpan.FromMilliseconds(10);
        options.Retry.MaxRetries = retries ? options.Retry.MaxRetries : 0;
        if (policy is not null)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        }

        return options;
    }
}

/// <summary>
/// Notes every storage request that passes, as "METHOD path", a transaction's body after it: a host's
/// background work (the synthesis queue's listener) shares its clients, so a test picks out its own by
/// the keys they name.
/// </summary>
public sealed class RecordRequests : HttpPipelinePolicy
{
    private readonly ConcurrentQueue<string> sent = new();

    /// <summary>The requests since the last <see cref="Clear"/>, in the order they were sent.</summary>
    public IReadOnlyList<string> Sent => [.. sent];

    public void Clear() => sent.Clear();

    /// <summary>
    /// Asserts that the requests naming <paramref name="cycle"/> since the last <see cref="Clear"/> are one
    /// upload of <paramref name="respondentId"/>'s answer and then one transaction; returns the transaction, its body included.
    /// </summary>
    public string AssertOneUploadAndOneTransaction(string cycle, string respondentId)
    {
        var named = Sent.Where(request => request.Contains(cycle, StringComparison.Ordinal)).ToList();
        Assert.Equal(2, named.Count);
        Assert.StartsWith($"PUT devstoreaccount1/{StorageNames.ResponsesContainer}/{cycle}/{respondentId}/", named[0], StringComparison.Ordinal);
        Assert.StartsWith("POST devstoreaccount1/$batch", named[1], StringComparison.Ordinal);
        return named[1];
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        var request = $"{message.Request.Method} {message.Request.Uri.Path}";
        if (request.EndsWith("$batch", StringComparison.Ordinal) && message.Request.Content is { } content)
        {
            using var body = new MemoryStream();
            content.WriteTo(body, CancellationToken.None);
            request += $" {Encoding.UTF8.GetString(body.ToArray())}";
        }

        sent.Enqueue(request);
        return ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();
}
