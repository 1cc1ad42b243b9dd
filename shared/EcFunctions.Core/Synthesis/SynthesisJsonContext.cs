using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcFunctions.Synthesis;

/// <summary>synthesis.json's serialisation: camelCase and indented, for people who open it too.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(SynthesisDocument))]
public sealed partial class SynthesisJsonContext : JsonSerializerContext;
