using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Contributions;

/// <summary>Downloads a written contribution's document, with the name it was uploaded with.</summary>
public sealed class GetContributionDocumentHandler(ContributionStore contributions, ContributionDocuments documents)
{
    /// <summary>The document; 404 when the contribution or its document does not exist.</summary>
    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string contributionId, CancellationToken cancellationToken = default)
    {
        if (ContributionPaths.Refused(caller, cycleId, contributionId) is { } refused)
        {
            return refused;
        }

        if (await contributions.GetContributionIfExistsAsync(cycleId, contributionId, cancellationToken) is not { Document: { } document })
        {
            return Problems.ContributionDocumentNotFound(cycleId, contributionId);
        }

        return TypedResults.Stream(await documents.OpenAsync(cycleId, contributionId, document, cancellationToken), document.MediaType, document.FileName,
            entityTag: new EntityTagHeaderValue($"\"{document.Sha256[..32]}\""));
    }
}
