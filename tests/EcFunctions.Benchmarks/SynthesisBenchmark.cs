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
/// is better) with their spread. Its memory is measured apart (<see cref="SynthesisMemory"/>).
/// </summary>
internal static class SynthesisBenchmark
{
    private const int Rounds = 3;

    public static async Task RunAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<ResponseStore>();
        var total = 0;
        Func<Task<double>> sequential = () => TimeAsync(() => ReadAsync(store, 1));
        Func<Task<double>> parallel = () => TimeAsync(() => ReadAsync(store, 16));
        Func<Task<double>> synthesis = () => TimeAsync(async () => total = await SynthesiseAsync(services));
        await sequential();
        await parallel();
        await synthesis();

        var ratios = (Sequential: new List<double>(), Parallel: new List<double>());
        var seconds = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var bareSequential = await sequential();
            var bareParallel = await parallel();
            var synthesisSeconds = await synthesis();
            ratios.Sequential.Add(bareSequential / synthesisSeconds);
            ratios.Parallel.Add(bareParallel / synthesisSeconds);
            seconds.Add(synthesisSeconds);
        }

        Console.WriteLine($"Synthesis of {total} responses: {total / Statistics.Median(seconds):F0} responses/s (median of {Rounds}).");
        Console.WriteLine($"Throughput synthesis / bare sequential list and download: {Summary(ratios.Sequential)}.");
        Console.WriteLine($"Throughput synthesis / bare list with 16 downloads in flight: {Summary(ratios.Parallel)}.");
    }

    /// <summary>What the synthesis handler does once it knows the outputs are stale: list, fingerprint, compile. Returns the responses read.</summary>
    public static async Task<int> SynthesiseAsync(IServiceProvider services)
    {
        var cycle = (await services.GetRequiredService<CycleStore>().GetCycleIfExistsAsync(SynthesisSeed.CycleId))!;
        using var heads = await SubmittedHeadCollection.ListAsync(services.GetRequiredService<ResponseStore>(), SynthesisSeed.CycleId);
        var compiler = services.GetRequiredService<SynthesisCompiler>();
        await compiler.CompileAsync(cycle, heads, await compiler.FingerprintAsync(cycle.PartitionKey, heads));
        return heads.Count;
    }

    private static async Task ReadAsync(ResponseStore store, int inFlight) =>
        await Parallel.ForEachAsync(store.ListSubmittedAsync(SynthesisSeed.CycleId), new ParallelOptions { MaxDegreeOfParallelism = inFlight },
            async (head, cancellationToken) => _ = (await store.ReadRevisionAsync(head, cancellationToken)).ToMemory().Length);

    private static async Task<double> TimeAsync(Func<Task> work)
    {
        var clock = Stopwatch.StartNew();
        await work();
        return clock.Elapsed.TotalSeconds;
    }

    private static string Summary(List<double> values) => $"{Statistics.Median(values):F2} (rounds {values.Min():F2} to {values.Max():F2})";
}
