using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text.Json.Nodes;

namespace EcFunctions.Tests.Infra;

/// <summary>
/// A throwaway repository root in which to run the web service's azd hooks as azd runs them: in the
/// service folder web/, with stand-ins for the command-line tools they call first on PATH. No Azure
/// and no npm registry are reachable from the tests, so those tools are the stand-ins' to play.
/// The hooks are POSIX shell scripts, as azd runs them on Linux and macOS.
/// </summary>
[UnsupportedOSPlatform("windows")]
internal sealed class HookWorkspace : IDisposable
{
    private readonly DirectoryInfo root = Directory.CreateTempSubdirectory("ecfunctions-hooks-");

    public HookWorkspace()
    {
        Directory.CreateDirectory(Web);
        Directory.CreateDirectory(Bin);
    }

    public string Root => root.FullName;

    /// <summary>The service folder, where azd runs the service's hooks.</summary>
    public string Web => Path.Combine(Root, "web");

    private string Bin => Path.Combine(Root, "bin");

    /// <summary>The web service's hook <paramref name="name"/> as azure.yaml declares it.</summary>
    public static JsonNode Hook(string name) => Repository.AzureYaml()["services"]!["web"]!["hooks"]![name]!;

    /// <summary>Puts a shell script named <paramref name="name"/> first on the hooks' PATH.</summary>
    public void AddTool(string name, string script)
    {
        var path = Path.Combine(Bin, name);
        File.WriteAllText(path, $"#!/bin/sh\n{script}\n");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    /// <summary>
    /// Runs the hook as azd does: a <c>run</c> naming a file (relative to the real service folder) is
    /// executed itself, anything else is an inline script for the hook's shell.
    /// </summary>
    public Task<(int ExitCode, string Output, string Errors)> RunHookAsync(string name)
    {
        var hook = Hook(name);
        var run = (string)hook["run"]!;
        var script = Path.GetFullPath(Path.Combine(Repository.PathOf("web"), run));
        var start = File.Exists(script) ? new ProcessStartInfo(script) : new ProcessStartInfo((string)hook["shell"]!, ["-c", run]);
        start.WorkingDirectory = Web;
        start.Environment["PATH"] = $"{Bin}{Path.PathSeparator}{Environment.GetEnvironmentVariable("PATH")}";
        return Repository.RunAsync(start);
    }

    public void Dispose() => root.Delete(recursive: true);
}
