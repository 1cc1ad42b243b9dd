using System.Text.Json;
using EcFunctions.Audit;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Responses;
using EcFunctions.Storage;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Synthesis;

/// <summary>
/// Handles a message of <see cref="StorageNames.SynthesisQueue"/>: compiles the cycle's synthesis.
/// Delivery is at least once, so it is idempotent: when the fingerprint of the inputs equals the one
/// recorded for outputs already written, nothing is written again.
/// </summary>
public sealed partial class CompileSynthesisHandler(
    CycleStore cycles, ResponseStore responses, CycleTransitions transitions, SynthesisCompiler compiler, SynthesisOutputs outputs, TimeProvider clock,
    SynthesisMetrics metrics, ILogger<CompileSynthesisHandler> logger)
{
    /// <summary>
    /// Compiles the synthesis the message asks for. On its last delivery (<paramref name="dequeueCount"/>
    /// reaching <see cref="StorageNames.MaxDequeueCount"/>) a failure marks the cycle
    /// <c>synthesis-failed</c> with the reason before it is rethrown, so the message goes to the poison queue.
    /// </summary>
    public async Task HandleAsync(string message, long dequeueCount, CancellationToken cancellationToken = default)
    {
        var request = JsonSerializer.Deserialize(message, EcJsonContext.Default.SynthesisRequest)
            ?? throw new InvalidDataException("The synthesis request is empty.");
        try
        {
            await CompileAsync(request.CycleId, cancellationToken);
        }
        catch (Exception failure) when (dequeueCount >= StorageNames.MaxDequeueCount && failure is not OperationCanceledException)
        {
            LogFailed(failure, request.CycleId, dequeueCount);
            await transitions.MoveAsync(request.CycleId, CycleState.AfterClose, "marked failed",
                cycle => cycle with { State = CycleState.SynthesisFailed, SynthesisFailure = failure.Message }, AuditTrail.System, cancellationToken);
            throw;
        }
    }

    private async Task CompileAsync(string cycleId, CancellationToken cancellationToken)
    {
        var cycle = await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken);
        if (cycle is null || !CycleState.AfterClose.Contains(cycle.State))
        {
            LogNothingToDo(cycleId, cycle?.State ?? "missing");
            return;
        }

        // Listed once: the fingerprint and the compilation read the same heads.
        using var heads = await SubmittedHeadCollection.ListAsync(responses, cycleId, cancellationToken);
        var fingerprint = await compiler.FingerprintAsync(cycleId, heads, cancellationToken);
        var total = heads.Count;
        if (cycle.SynthesisFingerprint == fingerprint && cycle.SynthesisCompletedAt is not null
            && await outputs.AllExistAsync(cycleId, ReportLanguages.AllFiles(CycleViews.Outputs.Keys), cancellationToken))
        {
            LogUnchanged(cycleId, fingerprint);
            if (cycle.State != CycleState.Synthesised)
            {
                await MoveAsync(cycleId, synthesised => synthesised with { State = CycleState.Synthesised }, cancellationToken);
            }

            return;
        }

        LogStarted(cycleId, total);
        var started = clock.GetTimestamp();
        await MoveAsync(cycleId, closed => closed with { State = CycleState.Synthesising, SynthesisStartedAt = clock.GetUtcNow() }, cancellationToken);
        var compiled = await compiler.CompileAsync(cycle, heads, fingerprint, cancellationToken);
        var elapsed = clock.GetElapsedTime(started);
        await MoveAsync(cycleId, done => done with
        {
            State = CycleState.Synthesised,
            SynthesisFingerprint = fingerprint,
            SynthesisResponses = total - compiled.Unreadable.Count,
            SynthesisUnreadable = compiled.Unreadable.Count == 0 ? null : string.Join(',', compiled.Unreadable),
            SynthesisCompletedAt = clock.GetUtcNow(),
            SynthesisFailure = null,
        }, cancellationToken);
        metrics.RecordCompleted(cycleId, elapsed, total);
        LogCompleted(cycleId, total, fingerprint, elapsed.TotalMilliseconds);
    }

    private async Task MoveAsync(string cycleId, Func<CycleEntity, CycleEntity> change, CancellationToken cancellationToken)
    {
        var (_, problem) = await transitions.MoveAsync(cycleId, CycleState.AfterClose, "synthesised", change, AuditTrail.System, cancellationToken);
        if (problem is not null)
        {
            throw new InvalidOperationException($"Cycle {cycleId} could not be updated: {problem.ProblemDetails.Detail}");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Synthesis of cycle {CycleId} started: {Total} responses")]
    private partial void LogStarted(string cycleId, int total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synthesis of cycle {CycleId} completed: {Total} responses in {DurationMs} ms, fingerprint {Fingerprint}")]
    private partial void LogCompleted(string cycleId, int total, string fingerprint, double durationMs);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synthesis of cycle {CycleId} is up to date (fingerprint {Fingerprint}); nothing written")]
    private partial void LogUnchanged(string cycleId, string fingerprint);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Synthesis request for cycle {CycleId} ignored: the cycle is {State}")]
    private partial void LogNothingToDo(string cycleId, string state);

    [LoggerMessage(Level = LogLevel.Error, Message = "Synthesis of cycle {CycleId} failed on delivery {DequeueCount}, the last; marking it failed")]
    private partial void LogFailed(Exception failure, string cycleId, long dequeueCount);
}
