using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcFunctions.Questionnaires;

/// <summary>
/// Loads the questionnaire catalogue once per process, while the host starts, so that no request
/// parses schemas or holds a thread waiting for them to be parsed.
/// </summary>
public sealed class CatalogueLoading(IOptions<QuestionnaireOptions> options) : IHostedService
{
    private readonly Lazy<Task<QuestionnaireCatalogue>> loading = new(() => QuestionnaireCatalogue.LoadAsync(options.Value.FullRootPath));

    /// <summary>The catalogue, complete once the host has started.</summary>
    public Task<QuestionnaireCatalogue> Catalogue => loading.Value;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Catalogue.WaitAsync(cancellationToken);

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
