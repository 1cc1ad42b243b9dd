using System.Diagnostics;
using EcFunctions.Cycles;
using EcFunctions.Responses;
using EcFunctions.Synthesis;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Benchmarks;

/// <summary>
/// The synthesis of a seeded cycle against a bare reader that only lists the submitted responses and
/// downloads each, sequentially and with 16 downloads in flight. Each side is run once to warm, then
/// the three run interleaved for several rounds; reported as throughput ratios (synthesis / bare, higher
/// is better) with their spread, and the synthesis's peak live managed heap (what the collections left,
/// garbage excluded) above the heap before it.
/// </summary>
internal static class SynthesisBenchmark
{
    private const int Rounds = 3;

    public static async Task RunAsync(IServiceProvider services, string cycleId)
    {
        var store = services.GetRequiredService<ResponseStore>();
        var compiler = services.GetRequiredService<SynthesisCompiler>();
        var cycle = (await services.GetRequiredService<CycleStore>().GetCycleIfExistsAsync(cycleId))!;
        var total = 0;
        Func<Task<double>> sequential = () => TimeAsync(() => ReadAsync(store, cycleId, 1));
        Func<Task<double>> parallel = () => TimeAsync(() => ReadAsync(store, cycleId, 16));
        Func<Task<double>> synthesis = () => TimeAsync(async () =>
        {
            var heads = await store.ListSubmittedAsync(cycleId).ToListAsync();
            await compiler.CompileAsync(cycle, heads, SynthesisCompiler.Fingerprint(heads));
            total = heads.Count;
        });
        await sequential();
        await parallel();
        await synthesis();

        var ratios = (Sequential: new List<double>(), Parallel: new List<double>());
        var seconds = new List<double>();
        long peakLive = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var bareSequential = await sequential();
            var bareParallel = await parallel();
            var (synthesisSeconds, live) = await WithPeakLiveHeapAsync(synthesis);
            ratios.Sequential.Add(bareSequential / synthesisSeconds);
            ratios.Parallel.Add(bareParallel / synthesisSeconds);
            seconds.Add(synthesisSeconds);
            peakLive = Math.Max(peakLive, live);
        }

        Console.WriteLine($"Synthesis of {total} responses: {total / Statistics.Median(seconds):F0} responses/s (median of {Rounds}).");
        Console.WriteLine($"Throughput synthesis / bare sequential list and download: {Summary(ratios.Sequential)}.");
        Console.WriteLine($"Throughput synthesis / bare list with 16 downloads in flight: {Summary(ratios.Parallel)}.");
        Console.WriteLine($"Peak live managed heap during synthesis: {peakLive / 1024.0 / 1024.0:F1} MiB above the heap before it.");
    }

    private static async Task ReadAsync(ResponseStore store, string cycleId, int inFlight) =>
        await Parallel.ForEachAsync(store.ListSubmittedAsync(cycleId), new ParallelOptions { MaxDegreeOfParallelism = inFlight },
            async (head, cancellationToken) => _ = (await store.ReadRevisionAsync(head, cancellationToken)).ToMemory().Length);

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalSeconds;
    }

    // What the latest collection left alive, sampled while the work runs: garbage not yet collected is not counted.
    private static async Task<(double Seconds, long PeakLive)> WithPeakLiveHeapAsync(Func<Task<double>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = Live();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Live());
                await Task.Delay(10);
            }
        });
        var seconds = await work();
        await sampling.CancelAsync();
        await sampler;
        return (seconds, peak - before);
    }

    private static long Live()
    {
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        return last.HeapSizeBytes - last.FragmentedBytes;
    }

    private static string Summary(List<double> values) => $"{Statistics.Median(values):F2} (rounds {values.Min():F2} to {values.Max():F2})";
}
