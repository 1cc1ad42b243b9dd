using System.Text.Json;

namespace EcFunctions.Attachments;

/// <summary>
/// Answers refer to their files by id, in the root <c>attachments</c> list that questionnaire versions
/// from 1.1.0 allow. The schema checks the ids' form; this checks each names a file attached to the same response.
/// </summary>
public sealed class AttachmentReferences(AttachmentStore store)
{
    /// <summary>The dotted path of the referenced ids in an answer.</summary>
    public const string IdPath = "attachments.id";

    /// <summary>Each reference to a file that is not attached, by JSON pointer; empty when all are.</summary>
    public async Task<Dictionary<string, string[]>> CheckAsync(
        string cycleId, string respondentId, JsonElement answer, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (!answer.TryGetProperty("attachments", out var references) || references.ValueKind != JsonValueKind.Array)
        {
            return errors;
        }

        var index = 0;
        foreach (var reference in references.EnumerateArray())
        {
            if (reference.TryGetProperty("id", out var id) && id.GetString() is { } attachmentId
                && await store.GetIfExistsAsync(cycleId, respondentId, attachmentId, cancellationToken) is null)
            {
                errors[$"/attachments/{index}/id"] = [$"No attachment '{attachmentId}' was uploaded to this response; upload the file first."];
            }

            index++;
        }

        return errors;
    }
}
