using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using EcFunctions.Storage;
using EcFunctions.Synthesis;
using Microsoft.Extensions.Options;

namespace EcFunctions.LocalHost;

/// <summary>How the local host polls the synthesis queue (section <c>SynthesisQueue</c>).</summary>
public sealed class SynthesisQueueOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "SynthesisQueue";

    /// <summary>How long to wait when the queue is empty.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a failed message stays invisible before its next delivery.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a message stays invisible while it is being handled.</summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>
/// The local host's stand-in for the Functions queue trigger: receives synthesis requests, runs the
/// same handler, and like the Functions host moves a message that failed
/// <see cref="StorageNames.MaxDequeueCount"/> times to the poison queue.
/// </summary>
public sealed partial class SynthesisQueueListener(
    QueueServiceClient queues, CompileSynthesisHandler handler, IOptions<SynthesisQueueOptions> options,
    ILogger<SynthesisQueueListener> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(StorageNames.SynthesisQueue);
        var poison = queues.GetQueueClient(StorageNames.SynthesisPoisonQueue);
        while (!stoppingToken.IsCancellationRequested)
        {
            QueueMessage? message;
            try
            {
                message = (await queue.ReceiveMessageAsync(options.Value.VisibilityTimeout, stoppingToken)).Value;
            }
            catch (RequestFailedException unreachable)
            {
                // Storage went away (Azurite restarting, say): keep listening rather than stop the host.
                LogUnreachable(unreachable);
                message = null;
            }

            if (message is null)
            {
                await Task.Delay(options.Value.PollInterval, stoppingToken);
                continue;
            }

            try
            {
                await handler.HandleAsync(message.MessageText, message.DequeueCount, stoppingToken);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException)
            {
                LogFailed(failure, message.MessageId, message.DequeueCount);
                if (message.DequeueCount >= StorageNames.MaxDequeueCount)
                {
                    await poison.SendMessageAsync(message.MessageText, stoppingToken);
                    await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, stoppingToken);
                }
                else
                {
                    await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, visibilityTimeout: options.Value.RetryDelay, cancellationToken: stoppingToken);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The synthesis queue cannot be read; retrying")]
    private partial void LogUnreachable(Exception failure);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Synthesis request {MessageId} failed on delivery {DequeueCount}")]
    private partial void LogFailed(Exception failure, string messageId, long dequeueCount);
}
