using System.Text.Json;
using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Cycles;

/// <summary>Creates a cycle, or updates it while it is still a draft.</summary>
public sealed class PutCycleHandler(CycleStore cycles, QuestionnaireCatalogue catalogue, AuditTrail audit, IOptions<RequestOptions> limits)
{
    /// <summary>201 for a new cycle, 200 for an updated draft.</summary>
    public async Task<Results<Created<CycleStatus>, Ok<CycleStatus>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        if (!Identifiers.IsValid(cycleId))
        {
            return Problems.InvalidIdentifier("cycle id", cycleId);
        }

        var (body, unreadable) = await RequestBody.ReadAsync(request, RequestBody.Json, limits.Value.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        CycleDefinition definition;
        try
        {
            definition = JsonSerializer.Deserialize(body, EcJsonContext.Default.CycleDefinition) ?? new CycleDefinition(null, null, null);
        }
        catch (JsonException malformed)
        {
            return Problems.MalformedJson(malformed.Message);
        }

        if (CycleRules.Check(definition, catalogue) is { Count: > 0 } errors)
        {
            return Problems.CycleInvalid(errors);
        }

        var existing = await cycles.GetCycleIfExistsAsync(cycleId, cancellationToken);
        if (existing is { State: not CycleState.Draft })
        {
            return Problems.CycleStateConflict(cycleId, existing.State, "edited");
        }

        var cycle = (existing ?? new CycleEntity { PartitionKey = cycleId, State = CycleState.Draft }) with
        {
            OpensAt = definition.OpensAt!.Value.ToUniversalTime(),
            ClosesAt = definition.ClosesAt!.Value.ToUniversalTime(),
            Questionnaires = CycleStore.Serialize(definition.Questionnaires!),
            AmendmentGraceSeconds = (long)(definition.AmendmentGracePeriod ?? TimeSpan.Zero).TotalSeconds,
            GapThreshold = definition.GapThreshold,
        };
        if (existing is null ? !await cycles.TryAddAsync(cycle, cancellationToken) : !await cycles.TryReplaceAsync(cycle, cancellationToken))
        {
            return Problems.WriteConflict(cycleId, "the cycle");
        }

        await audit.RecordAsync(
            AuditActions.CycleDefined, AuditTrail.ActorOf(caller), cycleId, null,
            $"{(existing is null ? "defined" : "redefined")}: {cycle.OpensAt:u} to {cycle.ClosesAt:u}", cancellationToken);
        var status = CycleViews.Status(cycle);
        return existing is null ? TypedResults.Created(Links.Cycle(cycleId), status) : TypedResults.Ok(status);
    }
}
