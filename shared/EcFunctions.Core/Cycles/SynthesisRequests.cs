using System.Text.Json;
using Azure.Storage.Queues;
using EcFunctions.Http;
using EcFunctions.Storage;

namespace EcFunctions.Cycles;

/// <summary>Puts synthesis requests on the queue the synthesis function listens to.</summary>
public sealed class SynthesisRequests(QueueServiceClient queues)
{
    /// <summary>Queues a request for <paramref name="cycleId"/>'s synthesis.</summary>
    public async Task SendAsync(string cycleId, CancellationToken cancellationToken = default) =>
        await queues.GetQueueClient(StorageNames.SynthesisQueue).SendMessageAsync(
            JsonSerializer.Serialize(new SynthesisRequest(cycleId), EcJsonContext.Default.SynthesisRequest),
            cancellationToken);
}
