using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using EcFunctions.Attachments;
using EcFunctions.Cycles;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Responses;
using EcFunctions.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EcFunctions.Synthesis;

/// <summary>
/// Compiles a cycle's synthesis from its submitted responses into <c>synthesis.json</c>,
/// <c>responses.csv</c>, <c>report.md</c> and <c>report.html</c>, the report in each of the six official languages. It streams: one response document
/// is in memory at a time, beside counts; free text and CSV rows go out to their blobs as they come.
/// </summary>
public sealed partial class SynthesisCompiler(
    ResponseStore responses, RespondentStore respondents, AttachmentStore attachments, QuestionnaireCatalogue catalogue,
    EarlierReports earlierReports, SynthesisOutputs outputs, IOptions<SynthesisOptions> options, ILogger<SynthesisCompiler> logger)
{
    private static readonly string[] FixedColumns =
    [
        "respondentId", "respondentKind", "stakeholderGroup", "region", "developing", "displayName",
        "questionnaireId", "questionnaireVersion", "revision", "sha256",
    ];

    /// <summary>
    /// The fingerprint of the cycle's inputs: SHA-256 over every response's respondent, revision
    /// and content hash, in respondent order; and how many responses there are.
    /// </summary>
    public async Task<(string Fingerprint, int Responses)> FingerprintAsync(string cycleId, CancellationToken cancellationToken = default)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var count = 0;
        await foreach (var head in responses.ListSubmittedAsync(cycleId, cancellationToken))
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{head.RespondentId}\n{head.Revision}\n{head.Sha256}\n"));
            count++;
        }

        return (Convert.ToHexStringLower(hash.GetHashAndReset()), count);
    }

    /// <summary>
    /// Writes every output of the cycle's synthesis; returns what synthesis.json holds, and the
    /// respondents whose stored answer could not be read, which it leaves out rather than fail everyone's.
    /// </summary>
    public async Task<CompiledSynthesis> CompileAsync(
        CycleEntity cycle, string fingerprint, int total, CancellationToken cancellationToken = default)
    {
        var cycleId = cycle.PartitionKey;
        var questionnaires = CycleStore.Questionnaires(cycle);
        var versions = questionnaires.Values.Distinct()
            .ToDictionary(reference => reference.Id, reference => catalogue.FindQuestionnaire(reference)
                ?? throw new InvalidOperationException($"Cycle {cycleId} names {reference.Id} {reference.Version}, which is not published."));
        var fields = versions.ToDictionary(entry => entry.Key, entry => QuestionnaireFields.Of(entry.Value));
        var ordered = RespondentKind.All.Select(kind => questionnaires[kind].Id).Distinct().ToList();
        var groups = catalogue.Vocabulary("stakeholderGroup");
        var registry = (await respondents.ListAsync(cancellationToken)).ToDictionary(respondent => respondent.Id, StringComparer.Ordinal);

        var tally = new SynthesisTally(fields, groups, catalogue.Vocabulary("policyIssue"));
        var languages = ReportLanguages.Of(catalogue);
        (string QuestionnaireId, string QuestionnaireTitle, FreeTextQuestion Question)[] freeTextQuestions =
            [.. ordered.SelectMany(id => fields[id].FreeTextQuestions.Select(question => (id, versions[id].Title, question)))];
        var reports = languages.Select(language => new ReportWriter(
            outputs.BlockBlob(cycleId, ReportLanguages.FileName("report.md", language.Code)), outputs.BlockBlob(cycleId, ReportLanguages.FileName("report.html", language.Code)),
            freeTextQuestions, language)).ToList();
        var answerColumns = ordered.SelectMany(id => fields[id].Columns).Distinct(StringComparer.Ordinal).ToList();
        using var csv = new CsvRowsWriter(outputs.BlockBlob(cycleId, "responses.csv"), [.. FixedColumns, .. answerColumns]);

        var contributors = new List<Contributor>();
        var attached = new List<(string RespondentId, IReadOnlyList<AttachedFile> Files)>();
        var unreadable = new List<string>();
        var read = 0;
        var every = Math.Max(1, total / 10);
        await foreach (var head in responses.ListSubmittedAsync(cycleId, cancellationToken))
        {
            var respondent = registry.GetValueOrDefault(head.RespondentId)
                ?? throw new InvalidDataException($"Response of unregistered respondent '{head.RespondentId}' in cycle {cycleId}.");
            using (var answer = await ReadableAsync(head, cancellationToken))
            {
                if (answer is null)
                {
                    unreadable.Add(head.RespondentId);
                }
                else
                {
                    contributors.Add(await AddAsync(head, respondent, answer.RootElement, fields[head.QuestionnaireId], tally, reports, csv, answerColumns, cancellationToken));
                    if (await AttachedAsync(head, answer.RootElement, cancellationToken) is { Count: > 0 } files)
                    {
                        attached.Add((head.RespondentId, files));
                    }
                }
            }

            if (++read % every == 0 || read == total)
            {
                LogProgress(cycleId, read, total);
            }
        }

        var groupTitles = groups.Select(group => (group.Id, group.Title)).ToList();
        var attributions = new Attributions(contributors, groupTitles, options.Value.AnonymityThreshold);
        var reported = contributors.Select(contributor => contributor.RespondentId).Concat(unreadable).ToHashSet(StringComparer.Ordinal);
        var earlier = await earlierReports.ReadAsync(
            cycle, registry.Values.Where(respondent => respondent.Kind == RespondentKind.Organisation && !reported.Contains(respondent.Id)), cancellationToken);
        var synthesis = tally.Build(cycleId, questionnaires, fingerprint, [.. registry.Values], reports[0].FreeTextAnswers,
            [.. attached.Select(files => new RespondentAttachments(files.RespondentId, attributions.Of(files.RespondentId).Label(), files.Files))],
            earlier, cycle.GapThreshold ?? GapThresholds.Default);
        await csv.CompleteAsync(cancellationToken);
        // One pass per language over what every language's outputs are written from; the blobs of each are staged side by side.
        await Task.WhenAll(languages.Select(async (language, index) =>
        {
            var tables = ReportTables.Markdown(synthesis, groups, catalogue.Vocabulary("policyIssueLevel"),
                versions.ToDictionary(entry => entry.Key, entry => entry.Value.Title), attributions, language);
            await reports[index].CompleteAsync(language.Format("title", cycleId), tables, attributions, groupTitles, cancellationToken);
        }));
        await outputs.Blob(cycleId, "synthesis.json").UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(synthesis, SynthesisJsonContext.Default.SynthesisDocument)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        return new CompiledSynthesis(synthesis, unreadable);
    }

    /// <summary>
    /// The stored answer, or null when it is not an answer any reader can take: not JSON, or holding
    /// text or numbers <see cref="AnswerText"/> refuses. The API refuses such answers; one stored before
    /// it did must not stop the synthesis of everyone else's.
    /// </summary>
    private async Task<JsonDocument?> ReadableAsync(ResponseEntity head, CancellationToken cancellationToken)
    {
        JsonDocument answer;
        try
        {
            answer = JsonDocument.Parse(await responses.ReadRevisionAsync(head, cancellationToken));
        }
        catch (JsonException malformed)
        {
            LogUnreadable(head.PartitionKey, head.RespondentId, head.Revision, malformed.Message);
            return null;
        }

        if (AnswerText.Problems(answer.RootElement) is { Count: > 0 } problems)
        {
            LogUnreadable(head.PartitionKey, head.RespondentId, head.Revision, string.Join("; ", problems.Select(problem => $"{problem.Key}: {problem.Value[0]}")));
            answer.Dispose();
            return null;
        }

        return answer;
    }

    /// <summary>Adds one response to every output but the attachments; returns its author as the report may know it.</summary>
    private static async Task<Contributor> AddAsync(
        ResponseEntity head, Respondent respondent, JsonElement answer, QuestionnaireFields fields, SynthesisTally tally,
        IReadOnlyList<ReportWriter> reports, CsvRowsWriter csv, IReadOnlyList<string> answerColumns, CancellationToken cancellationToken)
    {
        var citeByName = AnswerValues.CitesByName(answer);
        tally.Add(respondent, head.QuestionnaireId, answer, citeByName);

        var author = new Contributor(respondent.Id, respondent.DisplayName, respondent.StakeholderGroup, respondent.Region, citeByName);
        var language = AnswerValues.At(answer, "consent.language").FirstOrDefault() ?? "";
        foreach (var question in fields.FreeTextQuestions)
        {
            foreach (var text in AnswerValues.At(answer, question.Path))
            {
                foreach (var report in reports)
                {
                    await report.AddAsync(head.QuestionnaireId, question.Path, text, language, author, cancellationToken);
                }
            }
        }

        await csv.AddAsync(
            [
                respondent.Id, respondent.Kind, respondent.StakeholderGroup, respondent.Region ?? "",
                respondent.Developing is { } developing ? (developing ? "true" : "false") : "", respondent.DisplayName,
                head.QuestionnaireId, head.QuestionnaireVersion, $"{head.Revision}", head.Sha256,
                .. answerColumns.Select(column => string.Join("; ", AnswerValues.At(answer, column))),
            ],
            cancellationToken);
        return author;
    }

    /// <summary>The files the answer refers to.</summary>
    private async Task<IReadOnlyList<AttachedFile>> AttachedAsync(ResponseEntity head, JsonElement answer, CancellationToken cancellationToken)
    {
        var files = new List<AttachedFile>();
        foreach (var (_, id, title) in AttachmentReferences.In(answer))
        {
            var row = await attachments.GetIfExistsAsync(head.PartitionKey, head.RespondentId, id, cancellationToken)
                ?? throw new InvalidDataException($"Response of '{head.RespondentId}' refers to attachment '{id}', which is missing.");
            var info = AttachmentInfo.From(row);
            files.Add(new AttachedFile(info.Id, title, info.FileName, info.MediaType, info.Size, info.Sha256, info.Href));
        }

        return files;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Synthesis of cycle {CycleId} leaves out the answer of {RespondentId} (revision {Revision}), which cannot be read: {Reason}")]
    private partial void LogUnreadable(string cycleId, string respondentId, int revision, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Synthesis of cycle {CycleId}: {Read}/{Total} responses read")]
    private partial void LogProgress(string cycleId, int read, int total);
}
