using System.Globalization;
using System.Text.Json;
using Newtonsoft.Json.Linq;

namespace EcFunctions.Questionnaires;

/// <summary>
/// Equality of JSON values as JSON Schema defines it for <c>enum</c> and <c>uniqueItems</c>: numbers
/// by value (1 equals 1.0), objects whatever the order of their keys, and no value equal to one of
/// another type (0 is not false). NJsonSchema compares serialised text instead.
/// </summary>
internal static class JsonEquality
{
    /// <summary>
    /// A text equal for equal values and different otherwise, so a long list is checked for
    /// duplicates in one pass rather than by comparing every pair.
    /// </summary>
    public static string Key(JToken value) => value switch
    {
        JObject members => "{" + string.Join(",", members.Properties()
            .OrderBy(member => member.Name, StringComparer.Ordinal)
            .Select(member => JsonSerializer.Serialize(member.Name) + ":" + Key(member.Value))) + "}",
        JArray items => "[" + string.Join(",", items.Select(Key)) + "]",
        { Type: JTokenType.Integer or JTokenType.Float } => value.Value<decimal>().ToString("G29", CultureInfo.InvariantCulture),
        { Type: JTokenType.String } => JsonSerializer.Serialize(value.Value<string>()),
        { Type: JTokenType.Boolean } => value.Value<bool>() ? "true" : "false",
        _ => "null",
    };

    /// <summary>The key of a value NJsonSchema keeps for an <c>enum</c> entry.</summary>
    public static string KeyOfEnumValue(object? value) => Key(value is null ? JValue.CreateNull() : JToken.FromObject(value));
}
