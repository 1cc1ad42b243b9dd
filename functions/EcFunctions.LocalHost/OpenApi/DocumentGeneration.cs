using System.Reflection;

namespace EcFunctions.LocalHost.OpenApi;

/// <summary>
/// Whether this process is the build's OpenAPI document generator (Microsoft.Extensions.ApiDescription.Server),
/// which runs the local host's entry point with a server that never listens, only to read its endpoints.
/// </summary>
public static class DocumentGeneration
{
    /// <summary>True inside the generator: the app is described, never served, so it needs no storage.</summary>
    public static bool IsRunning { get; } = Assembly.GetEntryAssembly()?.GetName().Name == "GetDocument.Insider";
}
