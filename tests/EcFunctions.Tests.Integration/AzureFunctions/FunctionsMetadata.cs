using System.Text.Json.Nodes;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>One HTTP function as the Worker SDK describes it to the Functions host.</summary>
public sealed record HttpFunction(string Name, string EntryPoint, string Route, IReadOnlyList<string> Methods, string AuthLevel);

/// <summary>One queue-triggered function as the Worker SDK describes it to the Functions host.</summary>
public sealed record QueueFunction(string Name, string EntryPoint, string QueueName, string Connection);

/// <summary>
/// The <c>functions.metadata</c> the Worker SDK generates into the Functions app's build output, which
/// the Functions host reads to know the app's functions and their triggers (it comes along with the
/// project reference).
/// </summary>
public sealed record FunctionsMetadata(IReadOnlyList<HttpFunction> Http, IReadOnlyList<QueueFunction> Queues, IReadOnlyList<string> Others)
{
    /// <summary>The metadata next to the test assembly.</summary>
    public static FunctionsMetadata Load() => Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));

    /// <summary>Reads a <c>functions.metadata</c> document.</summary>
    public static FunctionsMetadata Parse(string json)
    {
        List<HttpFunction> http = [];
        List<QueueFunction> queues = [];
        List<string> others = [];
        foreach (var function in JsonNode.Parse(json)!.AsArray().Select(node => node!.AsObject()))
        {
            var name = (string)function["name"]!;
            var entryPoint = (string)function["entryPoint"]!;
            var trigger = function["bindings"]!.AsArray().Select(binding => binding!.AsObject())
                .Single(binding => ((string)binding["type"]!).EndsWith("Trigger", StringComparison.Ordinal));
            switch ((string)trigger["type"]!)
            {
                case "httpTrigger":
                    http.Add(new HttpFunction(name, entryPoint, (string)trigger["route"]!,
                        [.. trigger["methods"]!.AsArray().Select(method => ((string)method!).ToUpperInvariant())], (string)trigger["authLevel"]!));
                    break;
                case "queueTrigger":
                    queues.Add(new QueueFunction(name, entryPoint, (string)trigger["queueName"]!, (string)trigger["connection"]!));
                    break;
                default:
                    others.Add($"{name} ({trigger["type"]})");
                    break;
            }
        }

        return new FunctionsMetadata(http, queues, others);
    }
}
