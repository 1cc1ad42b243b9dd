using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Respondents;

/// <summary>Imports respondents from CSV: every row is checked before any is written, so a bad row imports nothing.</summary>
public sealed class ImportRespondentsHandler(
    RespondentStore respondents, QuestionnaireCatalogue catalogue, AuditTrail audit, IOptions<RequestOptions> limits)
{
    /// <summary>How many respondents were created and replaced, or the bad rows by line number.</summary>
    public async Task<Results<Ok<RespondentImport>, ProblemHttpResult>> HandleAsync(
        Caller caller, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var (body, unreadable) = await RequestBody.ReadAsync(request, RequestBody.Csv, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        var (text, notUtf8) = RespondentCsv.Decode(body);
        return text is null
            ? Problems.ImportInvalid(notUtf8)
            : await ImportAsync(new StringReader(text), AuditTrail.ActorOf(caller), cancellationToken);
    }

    /// <summary>Imports a CSV text as <paramref name="actor"/>; also how the local host loads the seed file.</summary>
    public async Task<Results<Ok<RespondentImport>, ProblemHttpResult>> ImportAsync(
        TextReader csv, string actor, CancellationToken cancellationToken = default)
    {
        var (read, errors) = RespondentCsv.Read(csv, catalogue.VocabularyTerms("stakeholderGroup"));
        if (errors.Count > 0)
        {
            return Problems.ImportInvalid(errors);
        }

        var existing = (await respondents.ListAsync(cancellationToken)).Select(respondent => respondent.Id).ToHashSet(StringComparer.Ordinal);
        await respondents.UpsertAsync(read, cancellationToken);
        var updated = read.Count(respondent => existing.Contains(respondent.Id));
        await audit.RecordAsync(
            AuditActions.RespondentsImported, actor, null, null, $"{read.Count - updated} registered, {updated} replaced", cancellationToken);
        return TypedResults.Ok(new RespondentImport(read.Count - updated, updated));
    }
}
