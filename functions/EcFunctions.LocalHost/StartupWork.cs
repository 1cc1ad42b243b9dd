using EcFunctions.Questionnaires;
using EcFunctions.Storage;

namespace EcFunctions.LocalHost;

/// <summary>
/// The host's services start concurrently, so the server may listen while the catalogue still parses and
/// storage is still being created. A request waits here, without holding a thread, for both, unless its
/// endpoint says it needs neither (<see cref="NeedsNoStartupWork"/>): the first listing after a cold
/// start does not wait for schemas it does not read.
/// </summary>
public static class StartupWork
{
    /// <summary>Marks an endpoint that reads neither the parsed catalogue nor storage.</summary>
    public sealed record NeedsNoStartupWork;

    /// <summary>Holds each request that needs them until the catalogue is parsed and storage exists.</summary>
    public static IApplicationBuilder AwaitStartupWork(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<NeedsNoStartupWork>() is null)
        {
            var services = context.RequestServices;
            await Task.WhenAll(services.GetRequiredService<StorageInitializer>().Ready, services.GetRequiredService<CatalogueLoading>().Catalogue);
        }

        await next(context);
    });

    /// <summary>Has the host start its services side by side, the storage's creation among them.</summary>
    public static void StartConcurrently(this IServiceCollection services)
    {
        services.Configure<HostOptions>(host => host.ServicesStartConcurrently = true);
        services.AddSingleton<StorageInitializer>();
        services.AddHostedService(provider => provider.GetRequiredService<StorageInitializer>());
    }
}
