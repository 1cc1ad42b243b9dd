using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using EcFunctions.Cycles;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Benchmarks;

/// <summary>A closing cycle with a registry of N respondents, each of whom submitted once.</summary>
internal static class SynthesisSeed
{
    public const string CycleId = "bench";

    public static async Task SeedAsync(IServiceProvider services, int responses)
    {
        var respondents = Enumerable.Range(0, responses).Select(Respondent).ToList();
        await services.GetRequiredService<RespondentStore>().UpsertAsync(respondents);
        var questionnaires = RespondentKind.All.ToDictionary(kind => kind, kind => new QuestionnaireRef(RespondentKind.QuestionnaireId(kind), "1.0.0"));
        var now = DateTimeOffset.UtcNow;
        await services.GetRequiredService<CycleStore>().TryAddAsync(new CycleEntity
        {
            PartitionKey = CycleId, State = CycleState.Closing, OpensAt = now.AddDays(-1), ClosesAt = now, ClosedAt = now,
            Questionnaires = CycleStore.Serialize(questionnaires),
        });
        await SeedResponsesAsync(services, respondents, questionnaires);
    }

    private static Respondent Respondent(int index) => (index % 3) switch
    {
        0 => new Respondent($"ngo-{index:D6}", RespondentKind.OtherStakeholder, "civil-society", "africa", null, $"Contributor {index}", null, null, true),
        1 => new Respondent($"org-{index:D6}", RespondentKind.Organisation, "technical-and-academic-community", null, null, $"Organisation {index}", null, null, true),
        _ => new Respondent($"sh-{index:D6}", RespondentKind.OtherStakeholder, "private-sector", "europe", null, $"Company {index}", null, null, true),
    };

    // Writes the index rows and blobs directly, in parallel, as submissions would have left them:
    // the benchmark measures the synthesis, not the submission path.
    private static async Task SeedResponsesAsync(IServiceProvider services, List<Respondent> respondents, IReadOnlyDictionary<string, QuestionnaireRef> questionnaires)
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
            var blobName = ResponseBlobs.RevisionName(CycleId, respondent.Id, 1, sha256);
            await container.UploadBlobAsync(blobName, BinaryData.FromBytes(bytes), cancellationToken);
            rows[index] = new ResponseEntity
            {
                PartitionKey = CycleId, RowKey = ResponseEntity.HeadKey(respondent.Id), RespondentId = respondent.Id,
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
}
