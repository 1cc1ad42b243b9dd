using System.Net;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EcFunctions.Tests.Integration.Http;

/// <summary>
/// Requests that go wrong outside any handler, sent to the local host over real HTTP (Kestrel, not the
/// test server, which has no limits of its own): each gets a problem body, not a bare status.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class ServerErrorBodiesTests(ApiFixture api) : IAsyncLifetime
{
    private WebApplicationFactory<Program>? host;
    private HttpClient? client;

    public Task InitializeAsync()
    {
        host = api.StartOverHttp();
        client = host.CreateClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        client?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task AHundredThousandCharacterHeaderGets431WithAProblem()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/questionnaires");
        request.Headers.Add("X-Padding", new string('a', 100_000));

        var response = await client!.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestHeaderFieldsTooLarge, response.StatusCode);
        Assert.Equal("headers-too-large", (string?)(await response.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task ATenThousandCharacterQueryGets414WithAProblem()
    {
        var response = await client!.GetAsync($"/api/questionnaires?q={new string('a', 10_000)}");

        Assert.Equal(HttpStatusCode.RequestUriTooLong, response.StatusCode);
        Assert.Equal("uri-too-long", (string?)(await response.ReadProblemAsync())["code"]);
    }

    [Theory]
    [InlineData("GET", "/api/no-such-route", HttpStatusCode.NotFound, "not-found")]
    [InlineData("DELETE", "/api/questionnaires", HttpStatusCode.MethodNotAllowed, "method-not-allowed")]
    public async Task RoutesNoHandlerServesGetAProblemWithACode(string method, string path, HttpStatusCode status, string code)
    {
        var response = await client!.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        Assert.Equal(status, response.StatusCode);
        var problem = await response.ReadProblemAsync();
        Assert.Equal((int)status, (int?)problem["status"]);
        Assert.Equal(code, (string?)problem["code"]);
        Assert.Equal($"urn:ecfunctions:problem:{code}", (string?)problem["type"]);
    }
}
