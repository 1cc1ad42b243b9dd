using System.Text.Json.Nodes;

namespace EcFunctions.Questionnaires;

/// <summary>RFC 6901 JSON pointers, as answer errors are keyed.</summary>
internal static class JsonPointer
{
    /// <summary>A property name as one reference token: '~' and '/' escaped.</summary>
    public static string Token(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>The reference tokens of a pointer, unescaped.</summary>
    public static string[] Tokens(string pointer) =>
        [.. pointer.Split('/').Skip(1).Select(token => token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))];

    /// <summary>The node a pointer names in <paramref name="root"/>, or null.</summary>
    public static JsonNode? Resolve(JsonNode? root, string pointer) =>
        Tokens(pointer).Aggregate(root, (node, token) => node switch
        {
            JsonObject container => container[token],
            JsonArray list when int.TryParse(token, out var index) && index >= 0 && index < list.Count => list[index],
            _ => null,
        });
}
