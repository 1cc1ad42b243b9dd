using System.Diagnostics;
using System.Reflection;

namespace EcFunctions.Tests.Infra;

/// <summary>Where the repository and the Bicep CLI are, as the build recorded them, and running the CLI.</summary>
internal static class Repository
{
    public static string Root => Metadata("RepoRoot");

    public static string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary><c>bicep build infra/main.bicep</c>, run once for all the tests that read it.</summary>
    public static Task<(int ExitCode, string Output, string Errors)> MainTemplate { get; } =
        BicepAsync("build", PathOf("infra/main.bicep"), "--stdout");

    /// <summary>Runs the Bicep CLI; its exit code and everything it printed, both streams.</summary>
    public static async Task<(int ExitCode, string Output, string Errors)> BicepAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Metadata("BicepPath")) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var bicep = Process.Start(start)!;
        var output = bicep.StandardOutput.ReadToEndAsync();
        var errors = bicep.StandardError.ReadToEndAsync();
        await bicep.WaitForExitAsync();
        return (bicep.ExitCode, await output, await errors);
    }

    private static string Metadata(string key) =>
        typeof(Repository).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(attribute => attribute.Key == key).Value
        ?? throw new InvalidOperationException($"The build did not record {key}.");
}
