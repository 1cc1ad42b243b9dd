using System.Text.Json.Nodes;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>The published translations, read from the questionnaires the tests run with.</summary>
public static class Translations
{
    /// <summary>The <paramref name="language"/> text at the JSON pointer <paramref name="at"/> of a version's schema (or layout).</summary>
    public static string Text(string document, string language, string at, string section = "schema") =>
        (string)JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "questionnaires", $"{document}.{language}.json")))![section]![at]!;
}
