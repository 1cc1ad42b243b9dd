using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>Keeps every log line and scope of a host, formatted, for tests that read what was logged.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    /// <summary>Every line so far, <c>category: message exception</c>.</summary>
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <inheritdoc/>
    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, Lines);

    /// <inheritdoc/>
    public void Dispose()
    {
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
