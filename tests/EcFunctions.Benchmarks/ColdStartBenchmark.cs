using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EcFunctions.LocalHost.DevelopmentStorage;

namespace EcFunctions.Benchmarks;

/// <summary>
/// From process start to the first 200 on <c>/api/questionnaires</c>: the local host (Release, Production
/// environment, on a fresh Azurite) against a one-route ASP.NET Core app (this program with
/// <c>--one-route-app</c>), interleaved, each in a new process. The ratio (lower is better) is of medians.
/// Given a directory, the local host is the one published there (ReadyToRun or not) instead of the Release build.
/// </summary>
internal static class ColdStartBenchmark
{
    public const string OneRouteApp = "--one-route-app";

    private const int Rounds = 7;

    public static async Task RunAsync(string connectionString, string? published = null)
    {
        var localHost = Path.Combine(RepositoryRoot.Find(), "functions", "EcFunctions.LocalHost");
        var localHostDll = Path.Combine(published ?? Path.Combine(localHost, "bin", "Release", "net10.0"), "EcFunctions.LocalHost.dll");
        if (!File.Exists(localHostDll))
        {
            throw new FileNotFoundException("Build the local host in Release first (dotnet build -c Release).", localHostDll);
        }

        var self = typeof(ColdStartBenchmark).Assembly.Location;
        var bare = new List<double>();
        var project = new List<double>();
        // The first round of each warms the disk cache and is not counted.
        for (var round = 0; round <= Rounds; round++)
        {
            var bareMs = await TimeToFirst200Async(self, [OneRouteApp], AppContext.BaseDirectory, []);
            var projectMs = await TimeToFirst200Async(localHostDll, [$"--{Storage.StorageNames.Connection}={connectionString}"], localHost,
                [("ASPNETCORE_ENVIRONMENT", "Production"), ("Logging__LogLevel__Default", "Warning")]);
            if (round > 0)
            {
                bare.Add(bareMs);
                project.Add(projectMs);
            }
        }

        var ratios = bare.Zip(project, (b, p) => p / b).Order().ToList();
        Console.WriteLine($"Start to first 200 on /api/questionnaires, median of {Rounds}: one-route app {Statistics.Median(bare):F0} ms, " +
            $"local host {Statistics.Median(project):F0} ms; project / bare {Statistics.Median(project) / Statistics.Median(bare):F2} (rounds {ratios[0]:F2} to {ratios[^1]:F2}).");
    }

    private static async Task<double> TimeToFirst200Async(string dll, string[] arguments, string directory, (string Name, string Value)[] environment)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])[dll, .. arguments, $"--urls=http://127.0.0.1:{port}"])
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        // Drained, so a chatty process never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (clock.Elapsed < TimeSpan.FromMinutes(1))
            {
                try
                {
                    using var reply = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/api/questionnaires"));
                    if (reply.StatusCode == HttpStatusCode.OK)
                    {
                        return clock.Elapsed.TotalMilliseconds;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }

                await Task.Delay(5);
            }

            throw new TimeoutException($"{dll} did not answer 200 within a minute.");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
