using System.Globalization;
using EcFunctions.Storage;
using EcFunctions.Synthesis;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Synthesis;

/// <summary>The synthesis queue trigger: one call into the handler the local host's listener also runs.</summary>
public sealed class CompileSynthesis(CompileSynthesisHandler handler)
{
    [Function(nameof(CompileSynthesis))]
    public async Task Run(
        [QueueTrigger(StorageNames.SynthesisQueue, Connection = StorageNames.Connection)] string message,
        FunctionContext context) =>
        await handler.HandleAsync(message, DequeueCount(context), context.CancellationToken);

    // The trigger's metadata carries how often the message was delivered; the handler needs it to
    // mark the cycle failed on the last delivery before the host moves the message to the poison queue.
    private static long DequeueCount(FunctionContext context) =>
        context.BindingContext.BindingData.TryGetValue("DequeueCount", out var count)
            ? Convert.ToInt64(count?.ToString(), CultureInfo.InvariantCulture)
            : 1;
}
