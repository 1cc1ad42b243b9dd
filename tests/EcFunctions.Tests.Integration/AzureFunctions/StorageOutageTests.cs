using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>
/// Storage refusing or hanging, under both hosts: every request ends, within its deadline, in the same
/// <c>503 storage-unavailable</c> with <c>Retry-After</c>, and the hosts answer again once storage is back.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class StorageOutageTests(ApiFixture api)
{
    // Small budgets, so the test waits seconds: one retry of one second, three seconds in all.
    private static readonly (string Key, string Value)[] Budgets =
        [("Storage:MaxRetries", "1"), ("Storage:NetworkTimeout", "00:00:01"), ("Requests:Deadline", "00:00:03")];

    [Theory]
    [InlineData("refuse")]
    [InlineData("stall")]
    public async Task BothHostsAnswer503WithRetryAfterWhenStorageFailsAndRecoverAfterIt(string failure)
    {
        var cycle = await api.OpenCycleAsync();
        await using var proxy = StorageProxy.Start(api.StorageConnectionString);
        await using var local = api.Host.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("AzureWebJobsStorage", proxy.ConnectionString);
            foreach (var (key, value) in Budgets)
            {
                builder.UseSetting(key, value);
            }
        });
        using var client = ApiFixture.CreateClient(local, api.SecretariatToken);
        _ = local.Server; // started while storage answers
        await using var worker = FunctionsWorker.Create(proxy.ConnectionString, Budgets);
        var read = new ApiRequest("GET", $"/api/cycles/{cycle}", api.SecretariatToken);

        if (failure == "refuse")
        {
            proxy.Refuse();
        }
        else
        {
            proxy.Stall();
        }

        using var message = read.ToMessage();
        var fromLocal = await ApiExchange.FromAsync(await client.SendAsync(message));
        var fromFunctions = await worker.SendAsync(read);
        proxy.Forward();
        using var again = read.ToMessage();
        var recovered = await client.SendAsync(again);

        foreach (var answer in (ApiExchange[])[fromLocal, fromFunctions])
        {
            Assert.Equal(503, answer.Status);
            Assert.Equal("10", answer.Headers["Retry-After"]);
            Assert.Equal("application/problem+json", answer.Headers["Content-Type"]);
            var problem = JsonNode.Parse(answer.Body)!;
            Assert.Equal("storage-unavailable", (string?)problem["code"]);
            Assert.Equal(10, (int?)problem["retryAfter"]);
        }

        Assert.Equal(JsonNode.Parse(fromLocal.Body)!["detail"]!.ToJsonString(), JsonNode.Parse(fromFunctions.Body)!["detail"]!.ToJsonString());
        Assert.True(recovered.IsSuccessStatusCode, $"{recovered.StatusCode} once storage was back");
    }
}
