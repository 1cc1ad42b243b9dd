using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using EcFunctions.Questionnaires;
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

    /// <summary>How long a failed message stays invisible before its next delivery (host.json's <c>visibilityTimeout</c>).</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a message stays invisible while it is handled, renewed at half of it for as long as the
    /// handler runs: should the host die, the message is delivered again after at most this long.
    /// </summary>
    public TimeSpan VisibilityTimeout { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest pause after storage failed, doubling from <see cref="PollInterval"/>.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>
/// The local host's stand-in for the Functions queue trigger: receives synthesis requests, runs the
/// same handler, keeps the message invisible while it runs, and like the Functions host moves a message
/// that failed <see cref="StorageNames.MaxDequeueCount"/> times to the poison queue. Like the Functions
/// host's listener it outlives storage outages: it logs, backs off and carries on.
/// </summary>
public sealed partial class SynthesisQueueListener(
    StorageInitializer storage, CatalogueLoading catalogue, IServiceProvider services,
    IOptions<SynthesisQueueOptions> options, ILogger<SynthesisQueueListener> logger) : BackgroundService
{
    /// <inheritdoc/>
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // It starts beside the storage's creation and the catalogue's parsing. The handler, which needs the
        // catalogue, and the queue client are resolved once both are done, or constructing this service
        // would hold up the host's start.
        await Task.WhenAll(storage.Ready, catalogue.Catalogue).WaitAsync(stoppingToken);
        var handler = services.GetRequiredService<CompileSynthesisHandler>();
        var queues = services.GetRequiredService<QueueServiceClient>();
        var queue = queues.GetQueueClient(StorageNames.SynthesisQueue);
        var poison = queues.GetQueueClient(StorageNames.SynthesisPoisonQueue);
        var pause = options.Value.PollInterval;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var message = (await queue.ReceiveMessageAsync(options.Value.VisibilityTimeout, stoppingToken)).Value;
                pause = options.Value.PollInterval;
                if (message is not null)
                {
                    await HandleAsync(handler, queue, poison, message, stoppingToken);
                    continue;
                }
            }
            catch (Exception unreachable) when (!stoppingToken.IsCancellationRequested)
            {
                // Whatever storage does (refuses, times out, restarts), a background listener that
                // threw would stop the whole host; the message, if any, is delivered again.
                LogUnreachable(unreachable, pause);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, options.Value.MaxBackoff.Ticks));
            }

            await Task.Delay(pause, stoppingToken);
        }
    }

    private async Task HandleAsync(CompileSynthesisHandler handler, QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        var lease = new MessageLease(queue, message, options.Value.VisibilityTimeout);
        try
        {
            await lease.HoldWhileAsync(cancellationToken => handler.HandleAsync(message.MessageText, message.DequeueCount, cancellationToken), stoppingToken);
            await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, stoppingToken);
        }
        catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(failure, message.MessageId, message.DequeueCount);
            if (message.DequeueCount >= StorageNames.MaxDequeueCount)
            {
                await poison.SendMessageAsync(message.MessageText, stoppingToken);
                await queue.DeleteMessageAsync(message.MessageId, lease.PopReceipt, stoppingToken);
            }
            else
            {
                await queue.UpdateMessageAsync(message.MessageId, lease.PopReceipt, visibilityTimeout: options.Value.RetryDelay, cancellationToken: stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The synthesis queue cannot be read; trying again in {Pause}")]
    private partial void LogUnreachable(Exception failure, TimeSpan pause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Synthesis request {MessageId} failed on delivery {DequeueCount}")]
    private partial void LogFailed(Exception failure, string messageId, long dequeueCount);
}
