using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace EcFunctions.LocalHost;

/// <summary>
/// Keeps a received queue message invisible while it is handled, renewing its visibility at half the
/// timeout, as the Functions host does for a running function; the latest pop receipt is the one that
/// deletes or updates it afterwards. A renewal that fails fails the delivery, which is then retried:
/// the synthesis is idempotent.
/// </summary>
internal sealed class MessageLease(QueueClient queue, QueueMessage message, TimeSpan visibilityTimeout)
{
    /// <summary>The receipt of the latest renewal.</summary>
    public string PopReceipt { get; private set; } = message.PopReceipt;

    /// <summary>Runs <paramref name="work"/>, renewing the message until it ends.</summary>
    public async Task HoldWhileAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        using var done = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var renewal = RenewAsync(done.Token);
        try
        {
            await work(cancellationToken);
        }
        finally
        {
            await done.CancelAsync();
            await renewal;
        }
    }

    private async Task RenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                await Task.Delay(visibilityTimeout / 2, cancellationToken);
                PopReceipt = (await queue.UpdateMessageAsync(message.MessageId, PopReceipt, visibilityTimeout: visibilityTimeout, cancellationToken: cancellationToken)).Value.PopReceipt;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The work ended.
        }
    }
}
