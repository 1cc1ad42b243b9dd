using Azure.Core;
using Azure.Core.Pipeline;

namespace EcFunctions.Benchmarks;

/// <summary>Counts the requests a storage client sends, retries included: what a submit costs in storage transactions.</summary>
internal sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private long count;

    public long Count => Interlocked.Read(ref count);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
}
