using System.Text.Json;
using System.Text.Json.Serialization;
using EcFunctions.Questionnaires;
using EcFunctions.Responses;

namespace EcFunctions.Http;

/// <summary>Source-generated JSON for the records the API writes, in the web's camelCase.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(QuestionnaireListing))]
[JsonSerializable(typeof(ResponseReceipt))]
public sealed partial class EcJsonContext : JsonSerializerContext;
