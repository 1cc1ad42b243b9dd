using System.Net.Sockets;

namespace EcFunctions.LocalHost.DevelopmentStorage;

/// <summary>Gives the local host the Azurite that <c>UseDevelopmentStorage=true</c> expects.</summary>
public static partial class LocalAzurite
{
    /// <summary>Starts Azurite when configured and not already running; the caller disposes it on shutdown.</summary>
    public static async Task<AzuriteProcess?> StartIfWantedAsync(WebApplicationBuilder builder)
    {
        // Read before the host is built: Azurite must listen before the storage clients are first used.
        var options = builder.Configuration.GetSection(DevelopmentStorageOptions.Section).Get<DevelopmentStorageOptions>();
        if (options is not { StartAzurite: true })
        {
            return null;
        }

        using var loggers = LoggerFactory.Create(logging => logging.AddConsole());
        var logger = loggers.CreateLogger(typeof(LocalAzurite));
        if (await IsListeningAsync(DevelopmentStorageOptions.AzuritePort))
        {
            LogAlreadyRunning(logger, DevelopmentStorageOptions.AzuritePort);
            return null;
        }

        var location = Path.Combine(RepositoryRoot.Find(), ".azurite");
        Directory.CreateDirectory(location);
        LogStarting(logger, location);
        return await AzuriteProcess.StartAsync(location, DevelopmentStorageOptions.AzuritePort);
    }

    private static async Task<bool> IsListeningAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Something already listens on port {Port}; using it as Azurite")]
    private static partial void LogAlreadyRunning(ILogger logger, int port);

    [LoggerMessage(Level = LogLevel.Information, Message = "Starting Azurite, persisting to {Location}")]
    private static partial void LogStarting(ILogger logger, string location);
}
