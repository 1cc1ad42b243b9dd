using System.Reflection;
using System.Text.Json.Nodes;
using EcFunctions.LocalHost.DevelopmentStorage;

namespace EcFunctions.Tests.Integration.OpenApi;

/// <summary>The OpenAPI document as the local host's build generated it, for this configuration (see the local host's project).</summary>
public static class BuiltDocument
{
    /// <summary>Where the build wrote it.</summary>
    public static string Path { get; } = System.IO.Path.Combine(
        RepositoryRoot.Find(), "functions", "EcFunctions.LocalHost", "obj",
        typeof(BuiltDocument).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "openapi", "v1.json");

    /// <summary>Its bytes.</summary>
    public static byte[] Bytes() => File.ReadAllBytes(Path);

    /// <summary>Its content.</summary>
    public static JsonNode Parse() => JsonNode.Parse(Bytes())!;

    /// <summary>Every status it lists for an operation, as "operationId status".</summary>
    public static IEnumerable<string> Replies() =>
        Parse()["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()).SelectMany(operation =>
            operation.Value!["responses"]!.AsObject().Select(response => $"{operation.Value["operationId"]} {response.Key}"));
}
