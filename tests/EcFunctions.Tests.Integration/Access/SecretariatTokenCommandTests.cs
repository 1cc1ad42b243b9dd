using System.Net;
using EcFunctions.LocalHost;
using EcFunctions.Tests.Integration.Infrastructure;

namespace EcFunctions.Tests.Integration.Access;

[Collection(SharedApi.Name)]
public sealed class SecretariatTokenCommandTests(ApiFixture api)
{
    [Fact]
    public async Task IssuesATokenStraightIntoStorageThatTheApiThenAccepts()
    {
        using var output = new StringWriter();

        var exitCode = await SecretariatTokenCommand.RunAsync(["--connection", api.StorageConnectionString], output);

        Assert.Equal(0, exitCode);
        var token = output.ToString().Trim().Split('\n')[^1].Trim();
        using var secretariat = api.CreateClient(token);
        Assert.Equal(HttpStatusCode.OK, (await secretariat.GetAsync("/api/respondents")).StatusCode);
    }

    [Fact]
    public async Task SaysHowToCallItWhenTheArgumentsAreWrong()
    {
        using var output = new StringWriter();

        var exitCode = await SecretariatTokenCommand.RunAsync(["--acount", "typo"], output);

        Assert.Equal(2, exitCode);
        Assert.Contains("--account <storage account name>", output.ToString(), StringComparison.Ordinal);
    }
}
