using System.Globalization;
using System.Text;
using System.Text.Json;

namespace EcFunctions.Questionnaires;

/// <summary>
/// Turns NJsonSchema's error paths (<c>#/answers.mechanisms[0].name</c>) into RFC 6901 JSON pointers
/// (<c>/answers/mechanisms/0/name</c>). The path joins names with '.', which names may contain, so
/// each step is matched against the names the answer really has, longest first.
/// </summary>
internal static class ValidationErrorLocation
{
    public static string Pointer(string? path, JsonElement answer)
    {
        var rest = (path ?? "").TrimStart('#').TrimStart('/');
        var pointer = new StringBuilder();
        var at = answer;
        while (rest.Length > 0)
        {
            if (rest[0] == '[' && rest.IndexOf(']', StringComparison.Ordinal) is var close and > 0
                && int.TryParse(rest.AsSpan(1, close - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                pointer.Append('/').Append(index.ToString(CultureInfo.InvariantCulture));
                at = at.ValueKind == JsonValueKind.Array && index < at.GetArrayLength() ? at[index] : default;
                rest = rest[(close + 1)..];
            }
            else
            {
                var name = NameAtStart(rest, at);
                pointer.Append('/').Append(JsonPointer.Token(name));
                at = at.ValueKind == JsonValueKind.Object && at.TryGetProperty(name, out var child) ? child : default;
                rest = rest[name.Length..];
            }

            rest = rest.StartsWith('.') ? rest[1..] : rest;
        }

        return pointer.ToString();
    }

    /// <summary>
    /// The property name <paramref name="rest"/> starts with: the longest name of the object followed
    /// by the end, '.' or '['; where none fits (a required property that is missing) the whole rest.
    /// </summary>
    private static string NameAtStart(string rest, JsonElement at) =>
        at.ValueKind != JsonValueKind.Object
            ? rest
            : at.EnumerateObject()
                .Select(property => property.Name)
                .Where(name => rest.StartsWith(name, StringComparison.Ordinal)
                    && (rest.Length == name.Length || rest[name.Length] is '.' or '['))
                .OrderByDescending(name => name.Length)
                .FirstOrDefault() ?? rest;
}
