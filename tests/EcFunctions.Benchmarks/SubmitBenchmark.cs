using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Responses;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Benchmarks;

/// <summary>
/// First answers of different respondents into one open cycle, 1 (sequential), 8, 16 and 32 at a time:
/// the project's submit (the caller identified from its token, then the handler: preconditions,
/// validation, storage writes, audit) against <see cref="BareSubmits"/> doing only the storage writes.
/// The two run interleaved, several rounds, warmed first; reported as throughput ratios (higher is
/// better, 1 is the bare program's speed) with their spread, and the storage requests each side sent per
/// accepted submit. Each submit carries an <c>Idempotency-Key</c>, as the web app's do. Each respondent's
/// token is used once before its submit, as opening the form does,
/// so the submit meets it as the instance last read it. Different respondents must never conflict:
/// every refusal is counted.
/// </summary>
internal static class SubmitBenchmark
{
    private const int PerRun = 128;

    private const int Rounds = 3;

    private const string CycleId = "bench-submits";

    public static async Task RunAsync(IServiceProvider services, string connectionString, StorageRequestCounter projectRequests)
    {
        int[] levels = [1, 8, 16, 32];
        var runs = 1 + levels.Length * Rounds;
        var respondents = Enumerable.Range(0, PerRun * runs)
            .Select(index => new Respondent($"submitter-{index:D5}", RespondentKind.OtherStakeholder, "civil-society", "africa", null, $"Submitter {index}", null, null, true))
            .ToList();
        await services.GetRequiredService<RespondentStore>().UpsertAsync(respondents);
        var tokens = new string[respondents.Count];
        var store = services.GetRequiredService<TokenStore>();
        await Parallel.ForEachAsync(Enumerable.Range(0, respondents.Count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (index, cancellationToken) =>
            tokens[index] = (await store.IssueAsync(TokenStore.RespondentRole, respondents[index].Id, TimeSpan.FromDays(1), cancellationToken)).Token);
        // As in a real cycle, the registry is written before the cycle opens: a first answer then trusts the
        // cycle its instance remembers open (see OpenCycles.Fences).
        await Task.Delay(OpenCycles.ClockAllowance);
        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<CycleStore>().TryAddAsync(new CycleEntity
        {
            PartitionKey = CycleId, State = CycleState.Open, OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(1), OpenedAt = now,
            Questionnaires = CycleStore.Serialize(RespondentKind.All.ToDictionary(kind => kind, kind => new QuestionnaireRef(RespondentKind.QuestionnaireId(kind), "1.0.0"))),
        });
        var answer = Encoding.UTF8.GetBytes(JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "ec-stakeholder.valid.json")))!.ToJsonString());
        var bareRequests = new StorageRequestCounter();
        var bare = new BareSubmits(connectionString, bareRequests);
        var project = new ProjectSubmits(services, answer);

        var next = 0;
        (List<int> Indices, int Level) Batch(int level)
        {
            var indices = Enumerable.Range(next, PerRun).ToList();
            next += PerRun;
            return (indices, level);
        }

        // Warm both sides (JIT, connections, the catalogue) on respondents of their own.
        var warm = Batch(8);
        await MeasureAsync(warm.Indices, 8, index => bare.SubmitAsync(CycleId, $"bare-warm-{index:D5}", answer, CancellationToken.None), null);
        await MeasureAsync(warm.Indices, 8, index => project.SubmitAsync(respondents[index].Id, tokens[index]), services);

        Console.WriteLine($"{PerRun} first answers a run, {Rounds} rounds, bare and project interleaved.");
        Console.WriteLine("Concurrent | bare submits/s | project submits/s | project / bare (spread)  | p50 ms bare / project | p99 ms bare / project | requests/submit bare / project | refused");
        var sequentialP50 = 0.0;
        foreach (var level in levels)
        {
            var ratios = new List<double>();
            var bareRuns = new List<Run>();
            var projectRuns = new List<Run>();
            long bareSent = 0, projectSent = 0;
            for (var round = 0; round < Rounds; round++)
            {
                var (indices, _) = Batch(level);
                var before = bareRequests.Count;
                var bareRun = await MeasureAsync(indices, level, index => bare.SubmitAsync(CycleId, $"bare-{index:D5}", answer, CancellationToken.None), null);
                bareSent += bareRequests.Count - before;
                // A respondent opens the form before it submits, with the same token: identified then, untimed.
                await project.IdentifyAsync(indices.Select(index => tokens[index]));
                before = projectRequests.Count;
                var projectRun = await MeasureAsync(indices, level, index => project.SubmitAsync(respondents[index].Id, tokens[index]), services);
                projectSent += projectRequests.Count - before;
                bareRuns.Add(bareRun);
                projectRuns.Add(projectRun);
                ratios.Add(projectRun.PerSecond / bareRun.PerSecond);
            }

            if (level == 1)
            {
                sequentialP50 = Statistics.Median(projectRuns.Select(run => run.P50));
            }

            var bareAccepted = bareRuns.Sum(run => run.Accepted);
            var projectAccepted = projectRuns.Sum(run => run.Accepted);
            Console.WriteLine(
                $"{level,10} | {Statistics.Median(bareRuns.Select(run => run.PerSecond)),14:F0} | {Statistics.Median(projectRuns.Select(run => run.PerSecond)),17:F0} | " +
                $"{Statistics.Median(ratios),5:F2} ({ratios.Min():F2} to {ratios.Max():F2}) | {Statistics.Median(bareRuns.Select(run => run.P50)),8:F1} / {Statistics.Median(projectRuns.Select(run => run.P50)),-10:F1} | " +
                $"{Statistics.Median(bareRuns.Select(run => run.P99)),8:F1} / {Statistics.Median(projectRuns.Select(run => run.P99)),-10:F1} | " +
                $"{(double)bareSent / bareAccepted,14:F2} / {(double)projectSent / projectAccepted,-14:F2} | {PerRun * Rounds - projectAccepted,7}");
        }

        ValidationShare.Print(services, answer, new QuestionnaireRef(RespondentKind.QuestionnaireId(RespondentKind.OtherStakeholder), "1.0.0"), sequentialP50);
    }

    // The project's audit events are written after the reply; a run ends when they are stored too, so
    // its throughput and request count include them.
    private static async Task<Run> MeasureAsync(List<int> indices, int level, Func<int, Task<bool>> submit, IServiceProvider? project)
    {
        var latencies = new List<double>();
        var accepted = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(indices, new ParallelOptions { MaxDegreeOfParallelism = level }, async (index, _) =>
        {
            var started = Stopwatch.GetTimestamp();
            var ok = await submit(index);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            lock (latencies)
            {
                latencies.Add(elapsed);
                accepted += ok ? 1 : 0;
            }
        });
        if (project is not null)
        {
            await project.GetRequiredService<AuditDrain>().FlushAsync();
        }

        clock.Stop();
        latencies.Sort();
        return new Run(indices.Count / clock.Elapsed.TotalSeconds, latencies[latencies.Count / 2], latencies[(int)(latencies.Count * 0.99)], accepted);
    }

    private sealed record Run(double PerSecond, double P50, double P99, int Accepted);

    // What the HTTP adapters do for a submit, without a server: identify the caller, call the handler.
    private sealed class ProjectSubmits(IServiceProvider services, byte[] answer)
    {
        private readonly CallerIdentity identity = services.GetRequiredService<CallerIdentity>();

        private readonly SubmitResponseHandler handler = services.GetRequiredService<SubmitResponseHandler>();

        public async Task IdentifyAsync(IEnumerable<string> tokens)
        {
            foreach (var token in tokens)
            {
                var context = new DefaultHttpContext();
                context.Request.Headers[HeaderNames.Authorization] = $"Bearer {token}";
                await identity.IdentifyAsync(context.Request);
            }
        }

        public async Task<bool> SubmitAsync(string respondentId, string token)
        {
            using var scope = services.CreateScope();
            var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            context.Request.Method = "PUT";
            context.Request.ContentType = "application/json";
            context.Request.ContentLength = answer.Length;
            context.Request.Body = new MemoryStream(answer);
            context.Request.Headers.IfNoneMatch = "*";
            // As the web app sends every write.
            context.Request.Headers[IdempotentRequests.Header] = Guid.NewGuid().ToString();
            context.Request.Headers[HeaderNames.Authorization] = $"Bearer {token}";
            var caller = await identity.IdentifyAsync(context.Request);
            var result = await handler.HandleAsync(caller, CycleId, respondentId, context.Request);
            return result.Result is Created<ResponseReceipt>;
        }
    }
}
