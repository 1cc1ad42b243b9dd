using System.Diagnostics;
using System.Globalization;
using EcFunctions.Benchmarks;
using EcFunctions.LocalHost.DevelopmentStorage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

// Seeds N responses into an in-memory Azurite, then measures (1) merely listing and downloading
// them, as the synthesis must at least do, and (2) the synthesis itself, with its peak memory.
// With --submits, measures first answers against a bare program instead (SubmitBenchmark); with
// --cold-start, the local host's start against a one-route app (ColdStartBenchmark).
if (args is [ColdStartBenchmark.OneRouteApp, .. var web])
{
    var bareApp = WebApplication.Create(web);
    bareApp.MapGet("/api/questionnaires", () => Results.Ok(Array.Empty<string>()));
    await bareApp.RunAsync();
    return;
}

if (args is [SynthesisMemory.CompileOnly, var storage])
{
    await SynthesisMemory.RunCompileOnlyAsync(storage);
    return;
}

var responses = args.SkipWhile(arg => arg != "--responses").ElementAtOrDefault(1) is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
// Memory alone needs no timed rounds, which take most of the run.
var memoryOnly = args.Contains("--memory-only");
await using var azurite = await AzuriteProcess.StartAsync(location: null, port: 0);
if (args is ["--cold-start", .. var published])
{
    await ColdStartBenchmark.RunAsync(azurite.ConnectionString, published.FirstOrDefault());
    return;
}

var projectRequests = new StorageRequestCounter();
using var host = await BenchmarkHost.StartAsync(azurite.ConnectionString, projectRequests);
if (args is ["--submits"])
{
    await SubmitBenchmark.RunAsync(host.Services, azurite.ConnectionString, projectRequests);
    await host.StopAsync();
    return;
}

var seeding = Stopwatch.StartNew();
await SynthesisSeed.SeedAsync(host.Services, responses);
Console.WriteLine($"Seeded {responses} responses in {seeding.Elapsed.TotalSeconds:F1} s.");
await (memoryOnly ? SynthesisBenchmark.SynthesiseAsync(host.Services) : SynthesisBenchmark.RunAsync(host.Services));
var large = await SynthesisMemory.MeasureAsync(host.Services, azurite.ConnectionString);
await host.StopAsync();

// The same memory figures at a tenth of the responses (and of the registry), on a storage of its own:
// what the synthesis holds must not depend on how many answered.
await using var smallStorage = await AzuriteProcess.StartAsync(location: null, port: 0);
using var smallHost = await BenchmarkHost.StartAsync(smallStorage.ConnectionString);
await SynthesisSeed.SeedAsync(smallHost.Services, responses / 10);
await SynthesisBenchmark.SynthesiseAsync(smallHost.Services);
var small = await SynthesisMemory.MeasureAsync(smallHost.Services, smallStorage.ConnectionString);
await smallHost.StopAsync();
SynthesisMemory.Print(responses, large, small);
