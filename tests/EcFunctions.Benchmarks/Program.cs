using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Core;
using EcFunctions;
using EcFunctions.Benchmarks;
using EcFunctions.Cycles;
using EcFunctions.LocalHost.DevelopmentStorage;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Responses;
using EcFunctions.Storage;
using EcFunctions.Synthesis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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

var responses = args is ["--responses", var n] ? int.Parse(n, CultureInfo.InvariantCulture) : 10_000;
await using var azurite = await AzuriteProcess.StartAsync(location: null, port: 0);
if (args is ["--cold-start"])
{
    await ColdStartBenchmark.RunAsync(azurite.ConnectionString);
    return;
}

var builder = Host.CreateApplicationBuilder();
builder.Configuration["AzureWebJobsStorage"] = azurite.ConnectionString;
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.AddEcFunctions();
builder.Services.AddHostedService<StorageInitializer>();
var projectRequests = new StorageRequestCounter();
builder.Services.AddAzureClients(clients => clients.ConfigureDefaults(defaults => defaults.AddPolicy(projectRequests, HttpPipelinePosition.PerRetry)));
using var host = builder.Build();
await host.StartAsync();
if (args is ["--submits"])
{
    await SubmitBenchmark.RunAsync(host.Services, azurite.ConnectionString, projectRequests);
    await host.StopAsync();
    return;
}

var cycleId = "bench";
var services = host.Services;
var seeding = Stopwatch.StartNew();
var respondents = Enumerable.Range(0, responses).Select(Respondent).ToList();
await services.GetRequiredService<RespondentStore>().UpsertAsync(respondents);
var questionnaires = RespondentKind.All.ToDictionary(kind => kind, kind => new QuestionnaireRef(RespondentKind.QuestionnaireId(kind), "1.0.0"));
var now = DateTimeOffset.UtcNow;
await services.GetRequiredService<CycleStore>().TryAddAsync(new CycleEntity
{
    PartitionKey = cycleId, State = CycleState.Closing, OpensAt = now.AddDays(-1), ClosesAt = now, ClosedAt = now,
    Questionnaires = CycleStore.Serialize(questionnaires),
});
await SeedResponsesAsync(services, cycleId, respondents, questionnaires);
Console.WriteLine($"Seeded {responses} responses in {seeding.Elapsed.TotalSeconds:F1} s.");

await SynthesisBenchmark.RunAsync(services, cycleId);
await host.StopAsync();

static Respondent Respondent(int index) => (index % 3) switch
{
    0 => new Respondent($"ngo-{index:D6}", RespondentKind.OtherStakeholder, "civil-society", "africa", null, $"Contributor {index}", null, null, true),
    1 => new Respondent($"org-{index:D6}", RespondentKind.Organisation, "technical-and-academic-community", null, null, $"Organisation {index}", null, null, true),
    _ => new Respondent($"sh-{index:D6}", RespondentKind.OtherStakeholder, "private-sector", "europe", null, $"Company {index}", null, null, true),
};

// Writes the index rows and blobs directly, in parallel, as submissions would have left them:
// the benchmark measures the synthesis, not the submission path.
static async Task SeedResponsesAsync(IServiceProvider services, string cycleId, IReadOnlyList<Respondent> respondents, IReadOnlyDictionary<string, QuestionnaireRef> questionnaires)
{
    var table = services.GetRequiredService<TableServiceClient>().GetTableClient(StorageNames.CyclesTable);
    var container = services.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(StorageNames.ResponsesContainer);
    var samples = questionnaires.Values.Distinct().ToDictionary(
        reference => reference.Id,
        reference => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", $"{reference.Id}.valid.json")));
    var rows = new ResponseEntity[respondents.Count];
    await Parallel.ForEachAsync(Enumerable.Range(0, respondents.Count), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (index, cancellationToken) =>
    {
        var respondent = respondents[index];
        var questionnaire = questionnaires[respondent.Kind];
        var answer = JsonNode.Parse(samples[questionnaire.Id])!;
        answer["respondent"]!["name"] = respondent.DisplayName;
        var bytes = Encoding.UTF8.GetBytes(answer.ToJsonString());
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var blobName = ResponseBlobs.RevisionName(cycleId, respondent.Id, 1, sha256);
        await container.UploadBlobAsync(blobName, BinaryData.FromBytes(bytes), cancellationToken);
        rows[index] = new ResponseEntity
        {
            PartitionKey = cycleId, RowKey = ResponseEntity.HeadKey(respondent.Id), RespondentId = respondent.Id,
            QuestionnaireId = questionnaire.Id, QuestionnaireVersion = questionnaire.Version, Revision = 1, BlobName = blobName,
            Sha256 = sha256, Size = bytes.Length, StoredAt = DateTimeOffset.UtcNow,
            SubmittedRevision = 1, SubmittedBlobName = blobName, SubmittedSha256 = sha256, SubmittedQuestionnaireVersion = questionnaire.Version,
        };
    });
    foreach (var batch in rows.Chunk(100))
    {
        await table.SubmitTransactionAsync(batch.Select(row => new TableTransactionAction(TableTransactionActionType.Add, row)));
    }
}
