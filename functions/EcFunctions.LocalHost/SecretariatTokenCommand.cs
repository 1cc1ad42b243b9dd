using EcFunctions.Access;
using EcFunctions.Storage;
using Microsoft.Extensions.Options;

namespace EcFunctions.LocalHost;

/// <summary>
/// Issues a secretariat token straight into a storage account: the way in for the first secretariat
/// user of a new deployment, who has no token yet to call the API with. Against Azure the user is
/// signed in (<c>az login</c>) and holds Storage Table Data Contributor on the tokens table, which
/// infra/ grants to the deployment's <c>secretariatPrincipalIds</c>; nothing else is touched.
/// </summary>
public static class SecretariatTokenCommand
{
    /// <summary>The command's name, the first argument of the local host.</summary>
    public const string Name = "issue-secretariat-token";

    private const string Usage =
        $"Usage: dotnet run --project functions/EcFunctions.LocalHost -- {Name} --account <storage account name>\n" +
        $"   or: dotnet run --project functions/EcFunctions.LocalHost -- {Name} --connection <connection string>";

    /// <summary>Issues the token and writes it to <paramref name="output"/>; 0 on success, 2 for bad arguments.</summary>
    public static async Task<int> RunAsync(string[] arguments, TextWriter output)
    {
        var storage = arguments switch
        {
            ["--account", var account] => new Dictionary<string, string?>
            {
                [StorageNames.Connection] = "", [$"{StorageNames.Connection}:accountName"] = account,
            },
            ["--connection", var connection] => new Dictionary<string, string?> { [StorageNames.Connection] = connection },
            _ => null,
        };
        if (storage is null)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(storage);
        builder.AddEcFunctions();
        // Built, never started: no start-up work, no other table than the tokens table.
        using var host = builder.Build();
        var lifetime = host.Services.GetRequiredService<IOptions<AuthOptions>>().Value.TokenLifetime;
        var issued = await host.Services.GetRequiredService<TokenStore>().IssueAsync(TokenStore.SecretariatRole, "", lifetime);
        await output.WriteLineAsync($"Secretariat token {issued.TokenId}, expires {issued.ExpiresAt:u}; shown this once, keep it safe:");
        await output.WriteLineAsync(issued.Token);
        return 0;
    }
}
