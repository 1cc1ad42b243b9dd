using System.Net;
using System.Net.Sockets;
using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.LocalHost.DevelopmentStorage;
using EcFunctions.Respondents;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>
/// The local host's synthesis listener outlives its storage: Azurite of its own is stopped in the
/// middle of a synthesis and started again on the same data, and the host neither stops nor loses the
/// synthesis, which completes once storage is back.
/// </summary>
public sealed class ListenerOutageTests : IAsyncLifetime
{
    private readonly string location = Path.Combine(Path.GetTempPath(), $"ecfunctions-outage-{Guid.NewGuid():N}");
    private readonly int port = FreePorts();
    private AzuriteProcess? azurite;

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync(location, port);

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }

        Directory.Delete(location, recursive: true);
    }

    [Fact]
    public async Task ASynthesisInterruptedByAStorageOutageCompletesWhenStorageIsBackAndTheHostKeepsRunning()
    {
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("AzureWebJobsStorage", azurite!.ConnectionString)
            .UseSetting("SynthesisQueue:PollInterval", "00:00:00.100")
            .UseSetting("SynthesisQueue:RetryDelay", "00:00:00.100")
            .UseSetting("SynthesisQueue:VisibilityTimeout", "00:00:02")
            .UseSetting("SynthesisQueue:MaxBackoff", "00:00:00.500"));
        _ = host.Server;
        using (var seed = File.OpenText(Path.Combine(AppContext.BaseDirectory, "seed", "respondents.csv")))
        {
            await host.Services.GetRequiredService<ImportRespondentsHandler>().ImportAsync(seed, AuditTrail.System);
        }

        var token = (await host.Services.GetRequiredService<TokenStore>().IssueAsync(TokenStore.SecretariatRole, "", TimeSpan.FromHours(1))).Token;
        using var secretariat = ApiFixture.CreateClient(host, token);
        const string cycle = "outage";
        (await secretariat.PutAsync($"/api/cycles/{cycle}", Json(System.Text.Json.JsonSerializer.Serialize(
            ApiFixture.CycleDefinition(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1)))))).EnsureSuccessStatusCode();
        (await secretariat.PostAsync($"/api/cycles/{cycle}/open", null)).EnsureSuccessStatusCode();
        var states = (await host.Services.GetRequiredService<RespondentStore>().ListAsync())
            .Where(respondent => respondent.Kind == RespondentKind.MemberState).Select(respondent => respondent.Id).Take(150);
        foreach (var state in states)
        {
            Assert.Equal(HttpStatusCode.Created,
                (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/{state}", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        }

        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesising");
        await azurite!.DisposeAsync();
        await Task.Delay(TimeSpan.FromSeconds(3));
        azurite = await AzuriteProcess.StartAsync(location, port);

        var status = await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        Assert.Equal(150, (int?)status["responses"]);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    // Three consecutive free loopback ports, for an Azurite that must come back where it was.
    private static int FreePorts()
    {
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var candidate = Random.Shared.Next(20_000, 60_000);
            if (Enumerable.Range(candidate, 3).All(Free))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("No three consecutive free ports found.");
    }

    private static bool Free(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
