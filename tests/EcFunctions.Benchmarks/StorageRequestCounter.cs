using Azure.Core;
using Azure.Core.Pipeline;

namespace EcFunctions.Benchmarks;

/// <summary>Counts the requests a storage client sends, retries included: what a submit costs in storage transactions.</summary>
internal sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    /// <summary><paramref name="options"/>, with this counter among their policies.</summary>
    public T Counting<T>(T options)
        where T : ClientOptions
    {
        options.AddPolicy(this, HttpPipelinePosition.PerRetry);
        return options;
    }

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
}
