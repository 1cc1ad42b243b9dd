using System.Text.Json;
using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Contributions;

/// <summary>
/// Registers a contribution received outside the questionnaire, or replaces it. Allowed in any state of
/// the cycle: papers arrive late, and a synthesis requested again counts what is registered by then.
/// </summary>
public sealed class PutContributionHandler(
    CycleStore cycles, ContributionStore contributions, ContributionDocuments documents, QuestionnaireCatalogue catalogue, AuditTrail audit,
    IOptions<RequestOptions> limits)
{
    /// <summary>201 for a new contribution, 200 for a replaced one.</summary>
    public async Task<Results<Created<Contribution>, Ok<Contribution>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string contributionId, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (ContributionPaths.Refused(caller, cycleId, contributionId) is { } refused)
        {
            return refused;
        }

        if (await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken) is null)
        {
            return Problems.CycleNotFound(cycleId);
        }

        var (body, unreadable) = await RequestBody.ReadAsync(request, RequestBody.Json, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        ContributionDetails? details;
        try
        {
            details = JsonSerializer.Deserialize(body, EcJsonContext.Default.ContributionDetails);
        }
        catch (JsonException malformed)
        {
            return Problems.MalformedJson(malformed.Message);
        }

        var (contribution, errors) = ContributionRules.Check(
            contributionId, details ?? new ContributionDetails(null, null, null, null, null, null, null),
            catalogue.VocabularyTerms("stakeholderGroup"));
        if (contribution is null)
        {
            return Problems.ContributionInvalid(errors);
        }

        var existing = await contributions.GetContributionIfExistsAsync(cycleId, contributionId, cancellationToken);
        var existed = existing is not null;

        // Its document stays with a contribution that stays written; only a written one has one.
        contribution = contribution with { Document = contribution.Channel == ContributionChannel.Written ? existing?.Document : null };
        await contributions.UpsertAsync(cycleId, contribution, cancellationToken);
        if (existing?.Document is not null && contribution.Document is null)
        {
            await documents.DeleteAllAsync(cycleId, contributionId, cancellationToken);
        }

        await audit.RecordAsync(AuditActions.ContributionChanged, AuditTrail.ActorOf(caller), cycleId, null,
            $"{contributionId} {(existed ? "replaced" : "registered")}", cancellationToken);
        return existed ? TypedResults.Ok(contribution) : TypedResults.Created(Links.Contribution(cycleId, contributionId), contribution);
    }
}
