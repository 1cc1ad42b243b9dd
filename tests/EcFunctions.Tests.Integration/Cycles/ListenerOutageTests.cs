using System.Net;
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
/// The local host's synthesis listener outlives its storage: storage hangs in the middle of a
/// synthesis and comes back, and the host neither stops nor loses the synthesis, which completes once
/// storage is reachable again. Azurite of its own, so that no other host's listener takes the work.
/// </summary>
public sealed class ListenerOutageTests : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync(location: null, port: 0);

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }

    [Fact]
    public async Task ASynthesisInterruptedByAStorageOutageCompletesWhenStorageIsBackAndTheHostKeepsRunning()
    {
        await using var proxy = StorageProxy.Start(azurite!.ConnectionString);
        await using var host = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Testing")
            .UseSetting("AzureWebJobsStorage", proxy.ConnectionString)
            .UseSetting("SynthesisQueue:PollInterval", "00:00:00.100")
            .UseSetting("SynthesisQueue:RetryDelay", "00:00:00.100")
            .UseSetting("SynthesisQueue:VisibilityTimeout", "00:00:02")
            .UseSetting("SynthesisQueue:MaxBackoff", "00:00:00.500")
            .UseSetting("Storage:MaxRetries", "1")
            .UseSetting("Storage:NetworkTimeout", "00:00:01"));
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

        Assert.Equal(HttpStatusCode.Accepted, (await secretariat.PostAsync($"/api/cycles/{cycle}/close", null)).StatusCode);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesising");
        // Storage hangs, longer than the storage clients' bounded tries, so the listener sees them fail.
        proxy.Stall();
        await Task.Delay(TimeSpan.FromSeconds(5));
        proxy.Forward();

        var status = await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        Assert.Equal(150, (int?)status["responses"]);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }
}
