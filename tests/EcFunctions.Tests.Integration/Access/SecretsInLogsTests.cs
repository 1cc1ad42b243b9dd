using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace EcFunctions.Tests.Integration.Access;

[Collection(SharedApi.Name)]
public sealed class SecretsInLogsTests(ApiFixture api)
{
    [Fact]
    public async Task TokensAndEmailAddressesNeverReachTheLogs()
    {
        var lines = new ConcurrentQueue<string>();
        await using var host = api.Host.WithWebHostBuilder(builder => builder.ConfigureLogging(logging => logging
            .SetMinimumLevel(LogLevel.Trace)
            .AddProvider(new CapturingLoggerProvider(lines))));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", api.SecretariatToken);
        const string email = "secret.focal@ngo.example";

        await client.PutAsJsonAsync("/api/respondents/logcheck", new
        {
            kind = "other-stakeholder", stakeholderGroup = "civil-society", displayName = "Log check", focalPointEmail = email,
        });
        var issued = await (await client.PostAsync("/api/respondents/logcheck/tokens", null)).Content.ReadFromJsonAsync<JsonObject>();
        var cycle = await api.OpenCycleAsync();
        var token = (string)issued!["token"]!;
        using var respondent = host.CreateClient();
        respondent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        Assert.Equal(HttpStatusCode.NotFound, (await respondent.GetAsync($"/api/cycles/{cycle}/responses/logcheck")).StatusCode);
        respondent.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await respondent.GetAsync($"/api/cycles/{cycle}/responses/logcheck")).StatusCode);

        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain(token[^43..], line, StringComparison.Ordinal);
            Assert.DoesNotContain(api.SecretariatToken[^43..], line, StringComparison.Ordinal);
            Assert.DoesNotContain(email, line, StringComparison.OrdinalIgnoreCase);
        });
    }

    private sealed class CapturingLoggerProvider(ConcurrentQueue<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, lines);

        public void Dispose()
        {
        }
    }

    private sealed class CapturingLogger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            lines.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category}: {formatter(state, exception)} {exception}");
    }
}
