using EcFunctions.Access;
using EcFunctions.Audit;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Storage;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace EcFunctions.LocalHost.DevelopmentStorage;

/// <summary>
/// Readies local storage for a developer once it exists: imports the seed registry into an empty
/// registry, and issues a secretariat token, printed to the console (never logged) for local use.
/// </summary>
/// <remarks>
/// It starts beside the storage's creation and the catalogue's parsing, so it waits for them. What it uses
/// (the registry, the tokens, the import handler) it resolves only then: constructing those builds the
/// storage clients and needs the catalogue, which would hold up the host's start.
/// </remarks>
public sealed partial class DevelopmentSetup(
    IOptions<DevelopmentStorageOptions> options, StorageInitializer storage, CatalogueLoading catalogue, IServiceProvider services,
    IOptions<AuthOptions> auth, ILogger<DevelopmentSetup> logger) : IHostedService
{
    /// <inheritdoc/>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await storage.Ready.WaitAsync(cancellationToken);
        if (options.Value.SeedRespondents is { } seed && await services.GetRequiredService<RespondentStore>().IsEmptyAsync(cancellationToken))
        {
            await catalogue.Catalogue.WaitAsync(cancellationToken);
            var import = services.GetRequiredService<ImportRespondentsHandler>();
            using var csv = File.OpenText(Path.Combine(AppContext.BaseDirectory, seed));
            var result = (await import.ImportAsync(csv, AuditTrail.System, cancellationToken)).Result;
            if (result is not Ok<RespondentImport> { Value: { } imported })
            {
                throw new InvalidDataException($"The seed registry '{seed}' does not import: {(result as ProblemHttpResult)?.ProblemDetails.Detail}");
            }

            LogSeeded(imported.Created, seed);
        }

        if (options.Value.PrintSecretariatToken)
        {
            var issued = await services.GetRequiredService<TokenStore>().IssueAsync(TokenStore.SecretariatRole, "", auth.Value.TokenLifetime, cancellationToken);
            Console.WriteLine($"{Environment.NewLine}Secretariat token for local use (expires {issued.ExpiresAt:u}):{Environment.NewLine}  {issued.Token}{Environment.NewLine}");
            if (auth.Value.InvitationLink(issued.Token) is { } link)
            {
                Console.WriteLine($"Open the web app as the secretariat:{Environment.NewLine}  {link}{Environment.NewLine}");
            }
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Count} respondents from {Seed}")]
    private partial void LogSeeded(int count, string seed);
}
