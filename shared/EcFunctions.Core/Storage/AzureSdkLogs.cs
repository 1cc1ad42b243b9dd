using System.Diagnostics.Tracing;
using Azure.Core.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Storage;

/// <summary>
/// Writes the Azure SDK's warnings and errors (an error response from storage, a slow one) to the app's
/// logs, under the SDK's source names as categories (<c>Azure-Core</c> as <c>Azure.Core</c>), where the
/// logging configuration sets their level. Its informational events (every request) are not listened to.
/// </summary>
public sealed partial class AzureSdkLogs(ILoggerFactory loggers) : IHostedService, IDisposable
{
    private AzureEventSourceListener? listener;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        listener = new AzureEventSourceListener((written, message) => Forward(written, message), EventLevel.Warning);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public void Dispose() => listener?.Dispose();

    private void Forward(EventWrittenEventArgs written, string message)
    {
        var logger = loggers.CreateLogger(written.EventSource.Name.Replace('-', '.'));
        var level = Level(written.Level);
        Write(logger, level, message);
    }

    private static LogLevel Level(EventLevel level) => level switch
    {
        EventLevel.Critical => LogLevel.Critical,
        EventLevel.Error => LogLevel.Error,
        _ => LogLevel.Warning,
    };

    [LoggerMessage(Message = "{Message}")]
    private static partial void Write(ILogger logger, LogLevel level, string message);
}
