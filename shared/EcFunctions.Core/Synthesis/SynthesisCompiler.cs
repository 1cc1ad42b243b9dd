using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Azure.Storage.Blobs.Models;
using EcFunctions.Attachments;
using EcFunctions.Contributions;
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
/// <c>responses.csv</c> (with <c>responses-lists.csv</c> and <c>responses.xlsx</c>), and <c>report.md</c>, <c>report.html</c> and <c>report.docx</c> in each of the
/// six official languages. It streams: one response document
/// is in memory at a time, beside counts; free text and CSV rows go to temporary files as they come, uploaded once complete.
/// </summary>
public sealed partial class SynthesisCompiler(
    ResponseStore responses, RespondentStore respondents, AttachmentStore attachments, ContributionStore registered, QuestionnaireCatalogue catalogue,
    EarlierReports earlierReports, SynthesisOutputs outputs, IOptions<SynthesisOptions> options, ILogger<SynthesisCompiler> logger)
{
    // Storage answers each download in a round trip, and the documents are taken in order, so one slow
    // answer holds back every later one: 64 in flight keep the compiler fed past it (16 left it waiting
    // for half of its streaming), and bound the documents held to 64 whatever the number of responses.
    private const int DownloadsInFlight = 64;

    private static readonly string[] FixedColumns =
    [
        "respondentId", "respondentKind", "stakeholderGroup", "region", "developing", "displayName",
        "questionnaireId", "questionnaireVersion", "revision", "sha256",
    ];

    /// <summary>
    /// The fingerprint of the cycle's inputs: SHA-256 over every submitted response's respondent,
    /// revision and content hash, in the order of <paramref name="heads"/> (respondent order), then the
    /// contributions registered outside the questionnaire.
    /// </summary>
    public async Task<string> FingerprintAsync(string cycleId, IReadOnlyCollection<ResponseEntity> heads, CancellationToken cancellationToken = default)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var head in heads)
        {
            hash.AppendData(Encoding.UTF8.GetBytes($"{head.RespondentId}\n{head.Revision}\n{head.Sha256}\n"));
        }

        await ContributionFingerprint.AppendAsync(hash, registered, cycleId, options.Value.FoldTechnicalAndAcademicCommunityInto, cancellationToken);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Writes every output of the cycle's synthesis from its submitted <paramref name="heads"/>, in
    /// respondent order; returns what synthesis.json holds, and the respondents whose stored answer could
    /// not be read, which it leaves out rather than fail everyone's.
    /// </summary>
    public async Task<CompiledSynthesis> CompileAsync(
        CycleEntity cycle, IReadOnlyCollection<ResponseEntity> heads, string fingerprint, CancellationToken cancellationToken = default)
    {
        var cycleId = cycle.PartitionKey;
        var questionnaires = CycleStore.Questionnaires(cycle);
        var versions = questionnaires.Values.Distinct()
            .ToDictionary(reference => reference.Id, reference => catalogue.FindQuestionnaire(reference)
                ?? throw new InvalidOperationException($"Cycle {cycleId} names {reference.Id} {reference.Version}, which is not published."));
        var fields = versions.ToDictionary(entry => entry.Key, entry => QuestionnaireFields.Of(entry.Value));
        var ordered = RespondentKind.All.Select(kind => questionnaires[kind].Id).Distinct().ToList();
        var groups = catalogue.Vocabulary("stakeholderGroup");
        await using var registry = new RegistryWalk(respondents.ListInOrderAsync(cancellationToken));

        var tally = new SynthesisTally(fields, groups, catalogue.Vocabulary("policyIssue"));
        var languages = ReportLanguages.Of(catalogue);
        (string QuestionnaireId, string QuestionnaireTitle, FreeTextQuestion Question)[] freeTextQuestions =
            [.. ordered.SelectMany(id => fields[id].FreeTextQuestions.Select(question => (id, versions[id].Title, question)))];
        using var reports = new ReportWriters(languages.Select(language => new ReportWriter(
            outputs.BlockBlob(cycleId, ReportLanguages.FileName("report.md", language.Code)), outputs.BlockBlob(cycleId, ReportLanguages.FileName("report.html", language.Code)),
            freeTextQuestions, language)));
        using var answerTables = new ResponseTablesWriter([.. ordered.SelectMany(id => ResponseTable.Of(id, versions[id]))],
            outputs.BlockBlob(cycleId, "responses-lists.csv"));
        var answerColumns = ordered.SelectMany(id => fields[id].Columns).Distinct(StringComparer.Ordinal).Where(column => !answerTables.Listed(column)).ToList();
        using var csv = new CsvRowsWriter(outputs.BlockBlob(cycleId, "responses.csv"), [.. FixedColumns, .. answerColumns]);

        var contributors = new List<Contributor>();
        var attached = new List<(string RespondentId, IReadOnlyList<AttachedFile> Files)>();
        var unreadable = new List<string>();
        var read = 0;
        var total = heads.Count;
        var every = Math.Max(1, total / 10);
        await foreach (var (head, readable) in OrderedReads.ReadAsync(heads, DownloadsInFlight, ReadableAsync, cancellationToken))
        {
            var respondent = await registry.FindAsync(head.RespondentId, responded: readable is not null)
                ?? throw new InvalidDataException($"Response of unregistered respondent '{head.RespondentId}' in cycle {cycleId}.");
            using (readable)
            {
                if (readable is not { Document.RootElement: var answer, Files: var files })
                {
                    unreadable.Add(head.RespondentId);
                }
                else
                {
                    contributors.Add(Add(head, respondent, answer, fields[head.QuestionnaireId], tally, reports, csv, answerColumns));
                    answerTables.Add(head, respondent, answer);
                    if (files.Count > 0)
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

        await registry.FinishAsync();
        var groupTitles = groups.Select(group => (group.Id, group.Title)).ToList();
        var attributions = new Attributions(contributors, groupTitles, options.Value.AnonymityThreshold);
        var earlier = await earlierReports.ReadAsync(cycle, registry.OrganisationsWithoutResponse, cancellationToken);
        var synthesis = tally.Build(cycleId, questionnaires, fingerprint, registry.Rates(), registry.NotResponded(), reports[0].FreeTextAnswers,
            [.. attached.Select(files => new RespondentAttachments(files.RespondentId, attributions.Of(files.RespondentId).Label(), files.Files))],
            earlier, cycle.GapThreshold ?? GapThresholds.Default)
            with { Channels = ContributionChannels.Of(contributors, await registered.ListAsync(cycleId, cancellationToken), options.Value.FoldTechnicalAndAcademicCommunityInto) };
        await csv.CompleteAsync(cancellationToken);
        // The languages' reports one after the other, beside the workbooks: two writers keep two cores busy, and the
        // six reports at once (their uploads and Word packages) held some 20 MB more at their peak, for no time saved.
        await Task.WhenAll(WriteReportsAsync(), Task.Run(() => WriteWorkbooksAsync(cycleId, answerTables, languages, cancellationToken), cancellationToken));
        await outputs.Blob(cycleId, "synthesis.json").UploadAsync(
            BinaryData.FromBytes(JsonSerializer.SerializeToUtf8Bytes(synthesis, SynthesisJsonContext.Default.SynthesisDocument)),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } },
            cancellationToken);
        return new CompiledSynthesis(synthesis, unreadable);

        async Task WriteReportsAsync()
        {
            var titles = versions.ToDictionary(entry => entry.Key, entry => entry.Value.Title);
            for (var index = 0; index < languages.Count; index++)
            {
                var language = languages[index];
                var tables = ReportTables.Markdown(synthesis, groups, catalogue.Vocabulary("policyIssueLevel"), titles, attributions, language);
                await reports[index].CompleteAsync(language.Format("title", cycleId), tables, attributions, groupTitles, cancellationToken);
                await WriteWordAsync(cycleId, language, reports[index], cancellationToken);
            }
        }
    }

    /// <summary>
    /// The stored answer and the files it refers to, or null when it is not an answer any reader can take:
    /// not JSON, or holding text or numbers <see cref="AnswerText"/> refuses. The API refuses such answers;
    /// one stored before it did must not stop the synthesis of everyone else's. The files are looked up
    /// here, among the reads in flight, not one answer after another where the answers are compiled.
    /// </summary>
    private async Task<ReadAnswer?> ReadableAsync(ResponseEntity head, CancellationToken cancellationToken)
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

        return new ReadAnswer(answer, await AttachedAsync(head, answer.RootElement, cancellationToken));
    }

    private sealed record ReadAnswer(JsonDocument Document, IReadOnlyList<AttachedFile> Files) : IDisposable
    {
        public void Dispose() => Document.Dispose();
    }

    /// <summary>Adds one response to every output but the attachments; returns its author as the report may know it.</summary>
    private static Contributor Add(
        ResponseEntity head, Respondent respondent, JsonElement answer, QuestionnaireFields fields, SynthesisTally tally,
        ReportWriters reports, CsvRowsWriter csv, IReadOnlyList<string> answerColumns)
    {
        var citeByName = AnswerValues.CitesByName(answer);
        tally.Add(respondent, head.QuestionnaireId, answer, citeByName);

        var author = new Contributor(respondent.Id, respondent.DisplayName, respondent.StakeholderGroup, respondent.Region, citeByName);
        var language = AnswerValues.At(answer, "consent.language").FirstOrDefault() ?? "";
        var lines = reports.Select(report => report.LinesOf(author, language)).ToList();
        foreach (var question in fields.FreeTextQuestions)
        {
            foreach (var text in AnswerValues.At(answer, question.Path))
            {
                var quote = FreeTextQuote.Of(text);
                for (var index = 0; index < reports.Count; index++)
                {
                    reports[index].Add(head.QuestionnaireId, question.Path, quote, lines[index], author);
                }
            }
        }

        csv.Add(
            [
                respondent.Id, respondent.Kind, respondent.StakeholderGroup, respondent.Region ?? "",
                respondent.Developing is { } developing ? (developing ? "true" : "false") : "", respondent.DisplayName,
                head.QuestionnaireId, head.QuestionnaireVersion, $"{head.Revision}", head.Sha256,
                .. answerColumns.Select(column => string.Join("; ", AnswerValues.At(answer, column))),
            ]);
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
