using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Contributions;

/// <summary>Removes a contribution registered by mistake, with its document; the audit trail keeps that it was.</summary>
public sealed class DeleteContributionHandler(ContributionStore contributions, ContributionDocuments documents, AuditTrail audit)
{
    /// <summary>204, or 404 when the cycle has no such contribution.</summary>
    public async Task<Results<NoContent, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string contributionId, CancellationToken cancellationToken = default)
    {
        if (ContributionPaths.Refused(caller, cycleId, contributionId) is { } refused)
        {
            return refused;
        }

        if (!await contributions.DeleteAsync(cycleId, contributionId, cancellationToken))
        {
            return Problems.ContributionNotFound(cycleId, contributionId);
        }

        await documents.DeleteAllAsync(cycleId, contributionId, cancellationToken);
        await audit.RecordAsync(AuditActions.ContributionDeleted, AuditTrail.ActorOf(caller), cycleId, null, $"{contributionId} deleted", cancellationToken);
        return TypedResults.NoContent();
    }
}
