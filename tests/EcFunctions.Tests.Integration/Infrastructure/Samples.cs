using System.Text.Json.Nodes;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>The valid sample answers under Samples/, one per questionnaire, to send as they are or altered.</summary>
public static class Samples
{
    /// <summary>The valid sample answer to <paramref name="questionnaireId"/>, as a mutable tree.</summary>
    public static JsonObject ValidAnswer(string questionnaireId) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", $"{questionnaireId}.valid.json")))!
            .AsObject();
}
