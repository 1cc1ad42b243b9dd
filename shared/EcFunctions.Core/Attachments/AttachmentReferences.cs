using System.Text.Json;

namespace EcFunctions.Attachments;

/// <summary>
/// Answers refer to their files by id, in the root <c>attachments</c> list that questionnaire versions
/// from 1.1.0 allow. The schema checks the ids' form; this checks each names a file attached to the same response.
/// </summary>
public sealed class AttachmentReferences(AttachmentStore store)
{
    /// <summary>The files an answer refers to, in its order: where (index), which (id) and the title it gives.</summary>
    public static IEnumerable<(int Index, string Id, string? Title)> In(JsonElement answer)
    {
        if (answer.ValueKind != JsonValueKind.Object
            || !answer.TryGetProperty("attachments", out var references) || references.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        var index = 0;
        foreach (var reference in references.EnumerateArray())
        {
            if (reference.ValueKind == JsonValueKind.Object && reference.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String)
            {
                var title = reference.TryGetProperty("title", out var given) && given.ValueKind == JsonValueKind.String ? given.GetString() : null;
                yield return (index, id.GetString()!, title);
            }

            index++;
        }
    }

    /// <summary>Each reference to a file that is not attached, by JSON pointer; empty when all are.</summary>
    public async Task<Dictionary<string, string[]>> CheckAsync(
        string cycleId, string respondentId, JsonElement answer, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (index, id, _) in In(answer))
        {
            if (await store.GetIfExistsAsync(cycleId, respondentId, id, cancellationToken) is null)
            {
                errors[$"/attachments/{index}/id"] = [$"No attachment '{id}' was uploaded to this response; upload the file first."];
            }
        }

        return errors;
    }
}
