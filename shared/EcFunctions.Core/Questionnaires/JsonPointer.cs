namespace EcFunctions.Questionnaires;

/// <summary>RFC 6901 JSON pointers, as answer errors are keyed.</summary>
internal static class JsonPointer
{
    /// <summary>A property name as one reference token: '~' and '/' escaped.</summary>
    public static string Token(string name) =>
        name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
