using System.Reflection;
using System.Text.RegularExpressions;
using EcFunctions.Http;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Tests.Integration;

/// <summary>
/// The Functions app cannot be built here, so its routes are read from its source: every
/// <c>[HttpTrigger]</c> in <c>functions/EcFunctions.Functions</c> must match a route the local host serves, and back.
/// </summary>
[Collection(SharedApi.Name)]
public sealed partial class RouteParityTests(ApiFixture api)
{
    [Fact]
    public void LocalHostServesExactlyTheRoutesTheFunctionsAppDeclares()
    {
        var declared = FunctionsAppRoutes();
        var served = api.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith($"/{Routes.Prefix}/", StringComparison.Ordinal))
            .SelectMany(endpoint => endpoint.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods
                .Select(method => $"{method} {endpoint.RoutePattern.RawText![(Routes.Prefix.Length + 2)..]}"))
            .ToHashSet();

        Assert.NotEmpty(declared);
        Assert.Equal(declared.Order(StringComparer.Ordinal), served.Order(StringComparer.Ordinal));
    }

    private static HashSet<string> FunctionsAppRoutes()
    {
        var routes = typeof(Routes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral)
            .ToDictionary(field => field.Name, field => (string)field.GetRawConstantValue()!);
        var source = Directory.EnumerateFiles(FunctionsAppFolder(), "*.cs", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(File.ReadAllText)
            .ToList();

        var triggers = source.Sum(text => TriggerMention().Count(text));
        var parsed = source.SelectMany(text => HttpTrigger().Matches(text)).ToList();
        Assert.True(triggers == parsed.Count,
            $"{triggers} [HttpTrigger] attributes but only {parsed.Count} in the form this test reads: " +
            "HttpTrigger(AuthorizationLevel.X, \"method\", ..., Route = Routes.Name)");

        return [.. parsed.SelectMany(trigger => trigger.Groups["method"].Captures
            .Select(method => $"{method.Value.ToUpperInvariant()} {routes[trigger.Groups["route"].Value]}"))];
    }

    private static string FunctionsAppFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "functions", "EcFunctions.Functions");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("functions/EcFunctions.Functions is not above the test's folder.");
    }

    [GeneratedRegex(@"\[HttpTrigger\b")]
    private static partial Regex TriggerMention();

    [GeneratedRegex(@"\[HttpTrigger\(\s*AuthorizationLevel\.\w+\s*,\s*(?:""(?<method>\w+)""\s*,\s*)+Route\s*=\s*Routes\.(?<route>\w+)\s*\)\]")]
    private static partial Regex HttpTrigger();
}
