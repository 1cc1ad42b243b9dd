using System.Diagnostics;
using EcFunctions.LocalHost.WebApp;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EcFunctions.LocalHost.DevelopmentStorage;

/// <summary>
/// Azurite (Blob, Queue and Table) run from the repository's npm package, installed on first use.
/// The local host starts one on the usual ports; tests start one in memory on ports the OS picks.
/// </summary>
public sealed partial class AzuriteProcess : IAsyncDisposable
{
    /// <summary>Azurite's well-known development account key.</summary>
    private const string AccountKey =
        "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    private readonly Process process;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            $"AccountKey={AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    /// <summary>A connection string for the running instance.</summary>
    public string ConnectionString { get; }

    /// <summary>
    /// Starts Azurite and waits until all three services listen.
    /// </summary>
    /// <param name="location">A folder to persist to, or null to keep everything in memory.</param>
    /// <param name="port">The Blob port, with Queue and Table on the next two; 0 lets the OS pick each.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    public static async Task<AzuriteProcess> StartAsync(string? location, int port, CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find();
        var entryPoint = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        await Npm.EnsureInstalledAsync(root, Path.Combine("azurite", "dist", "src", "azurite.js"), cancellationToken);

        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in Arguments(entryPoint, location, port))
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Node.js did not start Azurite.");
        try
        {
            var (blob, queue, table) = await WaitForPortsAsync(process, cancellationToken);
            return new AzuriteProcess(process, blob, queue, table);
        }
        catch
        {
            process.Kill(entireProcessTree: true);
            process.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private static IEnumerable<string> Arguments(string entryPoint, string? location, int port)
    {
        string[] common =
        [
            entryPoint,
            "--blobPort", port.ToString(CultureInfo.InvariantCulture),
            "--queuePort", (port == 0 ? 0 : port + 1).ToString(CultureInfo.InvariantCulture),
            "--tablePort", (port == 0 ? 0 : port + 2).ToString(CultureInfo.InvariantCulture),
            // Azurite 3.37 refuses the API version the current Azure SDKs send.
            "--skipApiVersionCheck",
            "--disableTelemetry",
            "--silent",
        ];
        return location is null
            ? [.. common, "--inMemoryPersistence", "--extentMemoryLimit", "1024"]
            : [.. common, "--location", location];
    }

    private static async Task<(int Blob, int Queue, int Table)> WaitForPortsAsync(Process process, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(StartTimeout);
        // Read to the end for the life of the process, so a full pipe can never stall Azurite.
        var errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        var ports = new Dictionary<string, int>();
        var output = new StringBuilder();
        while (ports.Count < 3)
        {
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            if (line is null)
            {
                throw new InvalidOperationException(
                    $"Azurite exited before it listened:{Environment.NewLine}{output}{await errors}");
            }

            output.AppendLine(line);
            if (Listening().Match(line) is { Success: true } match)
            {
                ports[match.Groups["service"].Value] = int.Parse(match.Groups["port"].Value, CultureInfo.InvariantCulture);
            }
        }

        // Likewise keep draining its output.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
        return (ports["Blob"], ports["Queue"], ports["Table"]);
    }

    [GeneratedRegex(@"Azurite (?<service>Blob|Queue|Table) service is successfully listening at https?://[^:]+:(?<port>\d+)")]
    private static partial Regex Listening();
}
