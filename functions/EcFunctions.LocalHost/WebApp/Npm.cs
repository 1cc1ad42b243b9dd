using System.Diagnostics;

namespace EcFunctions.LocalHost.WebApp;

/// <summary>Runs npm in the repository, as a developer would: Azurite and the web app's build come from it.</summary>
public static class Npm
{
    /// <summary>Runs <c>npm <paramref name="arguments"/></c> in <paramref name="root"/>; throws when it fails.</summary>
    public static async Task RunAsync(string root, string[] arguments, CancellationToken cancellationToken = default)
    {
        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        using var run = Process.Start(new ProcessStartInfo(npm, arguments) { WorkingDirectory = root })
            ?? throw new InvalidOperationException("npm did not start.");
        await run.WaitForExitAsync(cancellationToken);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"'npm {string.Join(' ', arguments)}' in '{root}' failed with exit code {run.ExitCode}; Node.js and npm are required.");
        }
    }

    /// <summary>Installs the locked packages (<c>npm ci</c>) unless <paramref name="probe"/>, a file one of them holds, is there.</summary>
    public static async Task EnsureInstalledAsync(string root, string probe, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path.Combine(root, "node_modules", probe)))
        {
            await RunAsync(root, ["ci", "--no-audit", "--no-fund"], cancellationToken);
        }
    }
}
