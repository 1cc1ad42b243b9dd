using System.Diagnostics;
using System.Globalization;

namespace EcFunctions.Benchmarks;

/// <summary>
/// What a synthesis holds: its peak live managed heap, sampled right after forced full collections so
/// that garbage never counts, above the heap before it or after it, whichever is lower; and the peak
/// resident set of a new process that only starts the composition and compiles (this program with
/// <see cref="CompileOnly"/>), beside that process's resident set before it compiles. Measured apart from the timed rounds, whose speed
/// the forced collections would distort.
/// </summary>
internal static class SynthesisMemory
{
    public const string CompileOnly = "--compile-only";

    // The child's logs share its standard output; its figures come on the line that starts with this.
    private const string Figure = "resident:";

    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(50);

    public static async Task<Figures> MeasureAsync(IServiceProvider services, string connectionString)
    {
        var live = await PeakLiveHeapAsync(() => SynthesisBenchmark.SynthesiseAsync(services));
        var (before, peak) = await CompileOnlyProcessAsync(connectionString);
        return new Figures(live, before, peak);
    }

    /// <summary>The child's side: start the composition, compile once, print resident sets before and at peak.</summary>
    public static async Task RunCompileOnlyAsync(string connectionString)
    {
        using var host = await BenchmarkHost.StartAsync(connectionString, createStorage: false);
        var before = Resident("VmRSS");
        await SynthesisBenchmark.SynthesiseAsync(host.Services);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Figure} {before} {Resident("VmHWM")}"));
        await host.StopAsync();
    }

    private static async Task<long> PeakLiveHeapAsync(Func<Task> work)
    {
        var before = Live();
        var peak = before;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peak = Math.Max(peak, Live());
                await Task.Delay(Every);
            }
        });
        await work();
        await sampling.CancelAsync();
        await sampler;
        // What was live before may go during the run (the connection pool drops idle connections), so
        // the peak counts above the lower of the heaps before and after.
        var after = Live();
        return Math.Max(peak, after) - Math.Min(before, after);
    }

    private static long Live()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    private static async Task<(long Before, long Peak)> CompileOnlyProcessAsync(string connectionString)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, WorkingDirectory = AppContext.BaseDirectory };
        foreach (var argument in (string[])[typeof(SynthesisMemory).Assembly.Location, CompileOnly, connectionString])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        var figures = output.Split('\n').FirstOrDefault(line => line.StartsWith(Figure, StringComparison.Ordinal))?.Split(' ')[1..] ?? [];
        if (process.ExitCode != 0 || figures.Length != 2)
        {
            throw new InvalidOperationException($"The compile-only process failed ({process.ExitCode}): {output}");
        }

        return (long.Parse(figures[0], CultureInfo.InvariantCulture), long.Parse(figures[1], CultureInfo.InvariantCulture));
    }

    // In bytes, from /proc/self/status (kB there): VmRSS now, VmHWM the peak so far.
    private static long Resident(string field) =>
        1024 * long.Parse(
            File.ReadLines("/proc/self/status").First(line => line.StartsWith(field + ":", StringComparison.Ordinal))[(field.Length + 1)..].Trim().Split(' ')[0],
            CultureInfo.InvariantCulture);

    public static void Print(int responses, Figures large, Figures small)
    {
        static string MiB(long bytes) => $"{bytes / 1024.0 / 1024.0:F1} MiB";
        foreach (var (count, figures) in (IEnumerable<(int, Figures)>)[(responses / 10, small), (responses, large)])
        {
            Console.WriteLine($"At {count} responses: peak live managed heap {MiB(figures.PeakLive)} above the heap before or after, the lower; " +
                $"a compile-only process {MiB(figures.ResidentBefore)} resident before compiling, {MiB(figures.ResidentPeak)} at peak.");
        }

        Console.WriteLine($"Peak live heap {responses} / {responses / 10}: {(double)large.PeakLive / small.PeakLive:F2}; " +
            $"compile-only peak resident set: {(double)large.ResidentPeak / small.ResidentPeak:F2}.");
    }

    /// <summary>Bytes: peak live managed heap above the heap before or after, the lower; the child's resident set before compiling, and its peak.</summary>
    public sealed record Figures(long PeakLive, long ResidentBefore, long ResidentPeak);
}
