using EcFunctions.Access;
using EcFunctions.Attachments;
using EcFunctions.Audit;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.Contributions;

/// <summary>
/// Uploads, or replaces, the document of a written contribution: the paper itself, which the secretariat
/// keeps with its registration. The same files as answers' attachments are accepted, typed by content.
/// </summary>
public sealed class PutContributionDocumentHandler(
    ContributionStore contributions, ContributionDocuments documents, AuditTrail audit, IOptions<AttachmentOptions> options)
{
    /// <summary>200 with the contribution; 404 none; 409 not written; 413 too large; 415 not PDF, DOCX or ODT.</summary>
    public async Task<Results<Ok<Contribution>, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string contributionId, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (ContributionPaths.Refused(caller, cycleId, contributionId) is { } refused)
        {
            return refused;
        }

        if (await contributions.GetContributionIfExistsAsync(cycleId, contributionId, cancellationToken) is not { } contribution)
        {
            return Problems.ContributionNotFound(cycleId, contributionId);
        }

        if (contribution.Channel != ContributionChannel.Written)
        {
            return Problems.ContributionNotWritten(contributionId, contribution.Channel);
        }

        var (body, unreadable) = await RequestBody.ReadAsync(request, RequestBody.AnyMediaType, options.Value.MaxBytes, cancellationToken);
        if (body is null)
        {
            return unreadable!;
        }

        if (AttachmentTypes.Detect(body) is not { } mediaType)
        {
            return Problems.AttachmentTypeNotAllowed();
        }

        var sha256 = await documents.StoreAsync(cycleId, contributionId, body, mediaType, cancellationToken);
        var document = new ContributionDocument(
            AttachmentNames.FromRequest(request, mediaType), mediaType, body.Length, sha256, Links.ContributionDocument(cycleId, contributionId));
        var updated = contribution with { Document = document };
        await contributions.UpsertAsync(cycleId, updated, cancellationToken);
        await audit.RecordAsync(AuditActions.ContributionChanged, AuditTrail.ActorOf(caller), cycleId, null,
            $"{contributionId} document {document.FileName} ({mediaType}, {body.Length} bytes)", cancellationToken);
        return TypedResults.Ok(updated);
    }
}
