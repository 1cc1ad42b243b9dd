using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace EcFunctions.Questionnaires;

/// <summary>Reads the questionnaires' <c>x-</c> extension keywords that map enum values to text.</summary>
internal static class SchemaExtensions
{
    /// <summary>The map under <paramref name="keyword"/> (e.g. <c>x-enumTitles</c>), empty when absent.</summary>
    public static Dictionary<string, string> Map(JsonSchema schema, string keyword) =>
        schema.ExtensionData is { } extensions && extensions.TryGetValue(keyword, out var map) && map is not null
            ? JObject.FromObject(map).Properties().ToDictionary(entry => entry.Name, entry => entry.Value.ToString(), StringComparer.Ordinal)
            : [];
}
