extern alias AzureFunctionsApp;

using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AzureFunctionsApp::EcFunctions.Functions;
using EcFunctions.Tests.Integration.AzureFunctions;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Tests.Integration.Access;

/// <summary>Tokens and e-mail addresses pass through both hosts without reaching their logs, or Application Insights.</summary>
[Collection(SharedApi.Name)]
public sealed class SecretsInLogsTests(ApiFixture api)
{
    private const string Email = "secret.focal@ngo.example";

    [Fact]
    public async Task TokensAndEmailAddressesNeverReachTheLocalHostsLogs()
    {
        var logs = new CapturingLoggerProvider();
        await using var host = api.Host.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Trace)
            .AddProvider(logs)));
        using var client = host.CreateClient();

        var token = await IssueAndUseTokenAsync("logcheck-local", async request =>
        {
            using var message = request.ToMessage();
            return await ApiExchange.FromAsync(await client.SendAsync(message));
        });

        AssertNoSecrets(logs.Lines, token);
    }

    [Fact]
    public async Task TokensAndEmailAddressesNeverReachTheFunctionsAppsLogsOrApplicationInsights()
    {
        var logs = new CapturingLoggerProvider();
        await using var ingestion = await FakeIngestion.StartAsync();
        var worker = FunctionsWorker.Create(
            api.StorageConnectionString,
            [(FunctionsApp.ApplicationInsightsConnection, ingestion.ConnectionString)],
            builder => builder.Logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        await using (worker)
        {
            var token = await IssueAndUseTokenAsync("logcheck-functions", worker.SendAsync);
            var cycle = await api.OpenCycleAsync();
            var answered = await worker.SendAsync(new ApiRequest("PUT", $"/api/cycles/{cycle}/responses/logcheck-functions", token,
                Encoding.UTF8.GetBytes(Samples.ValidAnswer("ec-stakeholder").ToJsonString()), "application/json") { Headers = [("If-None-Match", "*")] });
            Assert.Equal((int)HttpStatusCode.Created, answered.Status);
            await ClosedInStorage.CloseAsync(api.StorageConnectionString, cycle);
            worker.StartTelemetry();
            await worker.DeliverAsync(ClosedInStorage.SynthesisRequest(cycle), dequeueCount: 1);

            await worker.DisposeAsync(); // flushes what the exporter still holds
            Assert.Contains(logs.Lines, line => line.Contains($"Synthesis of cycle {cycle} completed", StringComparison.Ordinal));
            AssertNoSecrets(logs.Lines, token);
            var telemetry = string.Join("\n", ingestion.Batches);
            Assert.Contains("ecfunctions.synthesis.duration", telemetry, StringComparison.Ordinal);
            Assert.Contains("ecfunctions.synthesis.responses", telemetry, StringComparison.Ordinal);
            Assert.Contains($"Synthesis of cycle {cycle} completed", telemetry, StringComparison.Ordinal);
            AssertNoSecrets(ingestion.Batches, token);
        }
    }

    /// <summary>
    /// Registers a respondent with a focal point's e-mail address, issues it a token, and uses the
    /// token, right and mistyped; returns the token.
    /// </summary>
    private async Task<string> IssueAndUseTokenAsync(string respondentId, Func<ApiRequest, Task<ApiExchange>> send)
    {
        var secretariat = api.SecretariatToken;
        var registered = await send(new ApiRequest("PUT", $"/api/respondents/{respondentId}", secretariat, Body(new JsonObject
        {
            ["kind"] = "other-stakeholder", ["stakeholderGroup"] = "civil-society", ["displayName"] = "Log check", ["focalPointEmail"] = Email,
        }), "application/json"));
        Assert.True(registered.Status is 200 or 201, registered.ToString());
        var issued = await send(new ApiRequest("POST", $"/api/respondents/{respondentId}/tokens", secretariat));
        var token = (string)JsonNode.Parse(issued.Body)!["token"]!;
        var cycle = await api.OpenCycleAsync();

        Assert.Equal((int)HttpStatusCode.NotFound, (await send(new ApiRequest("GET", $"/api/cycles/{cycle}/responses/{respondentId}", token))).Status);
        Assert.Equal((int)HttpStatusCode.Unauthorized, (await send(new ApiRequest("GET", $"/api/cycles/{cycle}/responses/{respondentId}", token + "x"))).Status);
        return token;
    }

    private void AssertNoSecrets(ConcurrentQueue<string> lines, string token)
    {
        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain(token[^43..], line, StringComparison.Ordinal);
            Assert.DoesNotContain(api.SecretariatToken[^43..], line, StringComparison.Ordinal);
            Assert.DoesNotContain(Email, line, StringComparison.OrdinalIgnoreCase);
        });
    }

    private static byte[] Body(JsonNode json) => Encoding.UTF8.GetBytes(json.ToJsonString());
}
