using System.Text.Json;
using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Respondents;

/// <summary>Registers a respondent or replaces its details; a replaced respondent is active again.</summary>
public sealed class PutRespondentHandler(
    RespondentStore respondents, QuestionnaireCatalogue catalogue, AuditTrail audit, IOptions<RequestOptions> limits)
{
    /// <summary>201 for a new respondent, 200 for a replaced one.</summary>
    public async Task<Results<Created<Respondent>, Ok<Respondent>, ProblemHttpResult>> HandleAsync(
        Caller caller, string respondentId, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var (body, unreadable) = await RequestBody.ReadAsync(request, RequestBody.Json, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        RespondentDetails? details;
        try
        {
            details = JsonSerializer.Deserialize(body, EcJsonContext.Default.RespondentDetails);
        }
        catch (JsonException malformed)
        {
            return Problems.MalformedJson(malformed.Message);
        }

        var (respondent, errors) = RespondentRules.Check(
            respondentId, details ?? new RespondentDetails(null, null, null, null, null, null, null),
            catalogue.VocabularyTerms("stakeholderGroup"));
        if (respondent is null)
        {
            return Problems.RespondentInvalid(errors);
        }

        var existed = await respondents.GetRespondentIfExistsAsync(respondentId, cancellationToken) is not null;
        await respondents.UpsertAsync([respondent], cancellationToken);
        await audit.RecordAsync(
            AuditActions.RespondentChanged, AuditTrail.ActorOf(caller), null, respondentId, existed ? "replaced" : "registered", cancellationToken);
        return existed ? TypedResults.Ok(respondent) : TypedResults.Created(Links.Respondent(respondentId), respondent);
    }
}
