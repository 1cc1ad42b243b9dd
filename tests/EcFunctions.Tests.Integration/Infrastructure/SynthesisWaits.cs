using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>Waiting for the queue-triggered synthesis, which runs in the background of the local host.</summary>
public static class SynthesisWaits
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    /// <summary>Polls the synthesis status until it reaches <paramref name="state"/>; fails after a minute.</summary>
    public static async Task<JsonObject> UntilAsync(HttpClient secretariat, string cycleId, string state)
    {
        var deadline = DateTimeOffset.UtcNow + Limit;
        while (true)
        {
            var status = await secretariat.GetFromJsonAsync<JsonObject>($"/api/cycles/{cycleId}/synthesis");
            if ((string?)status!["state"] == state)
            {
                return status;
            }

            Assert.True(DateTimeOffset.UtcNow < deadline, $"Cycle {cycleId} did not reach '{state}' in {Limit}; it is {status}");
            await Task.Delay(100);
        }
    }
}
