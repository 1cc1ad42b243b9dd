using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;

namespace EcFunctions.Audit;

/// <summary>
/// The audit events still being written (<see cref="AuditTrail.Record"/>), which a stopping host waits
/// for, so a graceful stop loses none.
/// </summary>
/// <remarks>
/// It holds them rather than the trail, so that starting the host does not construct the trail, and
/// with it the table client, before anything is recorded: that client is the first of the storage SDK
/// to be built, and cost some 30 ms of each start.
/// </remarks>
public sealed class AuditDrain : IHostedService
{
    private readonly ConcurrentDictionary<Task, byte> pending = new();

    /// <summary>Keeps <paramref name="writing"/> until it completes.</summary>
    public void Track(Task writing)
    {
        pending.TryAdd(writing, 0);
        writing.ContinueWith(done => pending.TryRemove(done, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <summary>Completes once every event tracked is stored or logged.</summary>
    public Task FlushAsync() => Task.WhenAll(pending.Keys);

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => FlushAsync().WaitAsync(cancellationToken);
}
