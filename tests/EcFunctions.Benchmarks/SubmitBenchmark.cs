using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Responses;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Benchmarks;

/// <summary>
/// First answers of different respondents, 1, 8 and 32 at a time, through the submit handler (its
/// preconditions, validation and storage writes, without an HTTP server) into one open cycle: the
/// throughput at each level and how many were refused. Different respondents must never conflict.
/// </summary>
internal static class SubmitBenchmark
{
    private const int PerLevel = 256;

    public static async Task RunAsync(IServiceProvider services)
    {
        int[] levels = [1, 8, 32];
        var respondents = Enumerable.Range(0, PerLevel * levels.Length)
            .Select(index => new Respondent($"submitter-{index:D5}", RespondentKind.OtherStakeholder, "civil-society", "africa", null, $"Submitter {index}", null, null, true))
            .ToList();
        await services.GetRequiredService<RespondentStore>().UpsertAsync(respondents);
        const string cycleId = "bench-submits";
        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<CycleStore>().TryAddAsync(new CycleEntity
        {
            PartitionKey = cycleId, State = CycleState.Open, OpensAt = now.AddDays(-1), ClosesAt = now.AddDays(1), OpenedAt = now,
            Questionnaires = CycleStore.Serialize(RespondentKind.All.ToDictionary(kind => kind, kind => new QuestionnaireRef(RespondentKind.QuestionnaireId(kind), "1.0.0"))),
        });
        var answer = Encoding.UTF8.GetBytes(JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "ec-stakeholder.valid.json")))!.ToJsonString());
        var handler = services.GetRequiredService<SubmitResponseHandler>();
        var caller = new SecretariatCaller("benchmark");

        Console.WriteLine("Concurrent respondents | submits/s | accepted | refused");
        var next = 0;
        foreach (var level in levels)
        {
            var batch = respondents.Skip(next).Take(PerLevel).Select(respondent => respondent.Id).ToList();
            next += PerLevel;
            var statuses = new List<int>();
            var clock = Stopwatch.StartNew();
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = level }, async (respondentId, cancellationToken) =>
            {
                using var scope = services.CreateScope();
                var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
                context.Request.Method = "PUT";
                context.Request.ContentType = "application/json";
                context.Request.ContentLength = answer.Length;
                context.Request.Body = new MemoryStream(answer);
                context.Request.Headers.IfNoneMatch = "*";
                var result = await handler.HandleAsync(caller, cycleId, respondentId, context.Request, cancellationToken);
                var status = result.Result is IStatusCodeHttpResult { StatusCode: { } code } ? code : 0;
                lock (statuses)
                {
                    statuses.Add(status);
                }
            });
            clock.Stop();
            var accepted = statuses.Count(status => status == StatusCodes.Status201Created);
            Console.WriteLine($"{level,22} | {PerLevel / clock.Elapsed.TotalSeconds,9:F0} | {accepted,8} | {PerLevel - accepted,7}");
        }
    }
}
