using Microsoft.Extensions.Hosting;

namespace EcFunctions.Audit;

/// <summary>Holds a stopping host until the audit events still being written are stored, so a graceful stop loses none.</summary>
public sealed class AuditDrain(AuditTrail audit) : IHostedService
{
    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => audit.FlushAsync().WaitAsync(cancellationToken);
}
