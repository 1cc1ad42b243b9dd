using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>
/// A TCP relay on loopback between a host and Azurite, one port per storage service, through which a
/// test makes storage fail the ways a network does: refuse connections (<see cref="Refuse"/>), or take
/// them and never answer (<see cref="Stall"/>), then recover (<see cref="Forward"/>). The data stays in
/// Azurite, untouched.
/// </summary>
public sealed partial class StorageProxy : IAsyncDisposable
{
    private readonly List<Relay> relays;

    private StorageProxy(List<Relay> relays, string connectionString)
    {
        this.relays = relays;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string to give the host: Azurite's, with the relay's ports.</summary>
    public string ConnectionString { get; }

    /// <summary>Relays to the services of the Azurite <paramref name="azuriteConnectionString"/> names.</summary>
    public static StorageProxy Start(string azuriteConnectionString)
    {
        var relays = new List<Relay>();
        var connectionString = Endpoint().Replace(azuriteConnectionString, match =>
        {
            var relay = new Relay(int.Parse(match.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
            relays.Add(relay);
            return $"{match.Groups["prefix"].Value}{relay.Port}";
        });
        return new StorageProxy(relays, connectionString);
    }

    /// <summary>Storage is reachable again.</summary>
    public void Forward() => relays.ForEach(relay => relay.Mode = RelayMode.Forward);

    /// <summary>Storage is down: connections are cut and new ones refused.</summary>
    public void Refuse() => relays.ForEach(relay => relay.Mode = RelayMode.Refuse);

    /// <summary>Storage hangs: connections are taken and nothing comes back.</summary>
    public void Stall() => relays.ForEach(relay => relay.Mode = RelayMode.Stall);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var relay in relays)
        {
            await relay.DisposeAsync();
        }
    }

    [GeneratedRegex(@"(?<prefix>Endpoint=http://127\.0\.0\.1:)(?<port>\d+)")]
    private static partial Regex Endpoint();

    private enum RelayMode
    {
        Forward,
        Refuse,
        Stall,
    }

    private sealed class Relay : IAsyncDisposable
    {
        private readonly int target;
        private readonly TcpListener listener = new(IPAddress.Loopback, 0);
        private readonly CancellationTokenSource stopping = new();
        private readonly Task accepting;
        private CancellationTokenSource connections = new();
        private RelayMode mode;

        public Relay(int target)
        {
            this.target = target;
            listener.Start();
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
            accepting = AcceptAsync();
        }

        public int Port { get; }

        public RelayMode Mode
        {
            get => mode;
            set
            {
                mode = value;
                if (value != RelayMode.Forward)
                {
                    // Connections open now fail, as they would when the service goes away.
                    var cut = Interlocked.Exchange(ref connections, new CancellationTokenSource());
                    cut.Cancel();
                    cut.Dispose();
                }
            }
        }

        public async ValueTask DisposeAsync()
        {
            await stopping.CancelAsync();
            listener.Stop();
            await accepting;
            connections.Cancel();
            connections.Dispose();
            stopping.Dispose();
        }

        private async Task AcceptAsync()
        {
            while (!stopping.IsCancellationRequested)
            {
                TcpClient client;
                try
                {
                    client = await listener.AcceptTcpClientAsync(stopping.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                _ = ServeAsync(client, mode, connections.Token);
            }
        }

        private async Task ServeAsync(TcpClient client, RelayMode current, CancellationToken cut)
        {
            using (client)
            {
                try
                {
                    switch (current)
                    {
                        case RelayMode.Refuse:
                            client.Client.LingerState = new LingerOption(true, 0); // a reset, like a closed port
                            return;
                        case RelayMode.Stall:
                            await Task.Delay(Timeout.Infinite, CancellationTokenSource.CreateLinkedTokenSource(cut, stopping.Token).Token);
                            return;
                    }

                    using var server = new TcpClient();
                    await server.ConnectAsync(IPAddress.Loopback, target, cut);
                    using var both = CancellationTokenSource.CreateLinkedTokenSource(cut, stopping.Token);
                    var upstream = client.GetStream().CopyToAsync(server.GetStream(), both.Token);
                    var downstream = server.GetStream().CopyToAsync(client.GetStream(), both.Token);
                    await Task.WhenAny(upstream, downstream);
                }
                catch (Exception ended) when (ended is OperationCanceledException or IOException or SocketException)
                {
                    // The connection ends: cut by the test, or closed by either side.
                }
            }
        }
    }
}
