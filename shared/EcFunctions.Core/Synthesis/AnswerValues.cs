using System.Text.Json;

namespace EcFunctions.Synthesis;

/// <summary>Reads the values at a dotted path of an answer, through arrays at any depth.</summary>
internal static class AnswerValues
{
    /// <summary>Every scalar found at <paramref name="path"/>, in document order.</summary>
    public static IEnumerable<string> At(JsonElement answer, string path) => At(answer, path.Split('.'), 0);

    /// <summary>
    /// Whether <paramref name="path"/>, through objects only, leads to an empty list: an answer of
    /// "none", which is not the same as leaving the question out.
    /// </summary>
    public static bool IsEmptyList(JsonElement answer, string path)
    {
        var element = answer;
        foreach (var segment in path.Split('.'))
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(segment, out element))
            {
                return false;
            }
        }

        return element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == 0;
    }

    /// <summary>Whether the answer's consent lets the report cite its respondent by name.</summary>
    public static bool CitesByName(JsonElement answer) => At(answer, "consent.citation").FirstOrDefault() == "cite-by-name";

    private static IEnumerable<string> At(JsonElement element, string[] segments, int index) => element.ValueKind switch
    {
        JsonValueKind.Array => element.EnumerateArray().SelectMany(item => At(item, segments, index)),
        JsonValueKind.Object when index < segments.Length && element.TryGetProperty(segments[index], out var child) =>
            At(child, segments, index + 1),
        JsonValueKind.String when index == segments.Length => [element.GetString()!],
        JsonValueKind.True or JsonValueKind.False or JsonValueKind.Number when index == segments.Length => [element.GetRawText()],
        _ => [],
    };
}
