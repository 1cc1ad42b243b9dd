using EcFunctions;
using EcFunctions.Http;
using EcFunctions.LocalHost;
using EcFunctions.LocalHost.DevelopmentStorage;
using EcFunctions.LocalHost.OpenApi;
using EcFunctions.LocalHost.WebApp;
using EcFunctions.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

if (args is [SecretariatTokenCommand.Name, .. var options])
{
    return await SecretariatTokenCommand.RunAsync(options, Console.Out);
}

var builder = WebApplication.CreateBuilder(args);
// Above the app's own limits (RequestSizes), so an oversized request reaches the app and gets a problem body.
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.Limits.MaxRequestLineSize = 4 * RequestSizes.MaxTargetLength;
    kestrel.Limits.MaxRequestHeadersTotalSize = 8 * RequestSizes.MaxHeaderBytes;
});
await using var azurite = DocumentGeneration.IsRunning ? null : await LocalAzurite.StartIfWantedAsync(builder);
var webApp = builder.Configuration.GetValue<bool>(WebAppHosting.ServeSetting) && !DocumentGeneration.IsRunning
    ? await WebAppBundle.EnsureBuiltAsync(RepositoryRoot.Find())
    : null;
builder.AddEcFunctions();
builder.Services.StartConcurrently();
builder.Services.AddOptions<DevelopmentStorageOptions>().BindConfiguration(DevelopmentStorageOptions.Section);
builder.Services.AddHostedService<DevelopmentSetup>();
builder.Services.AddOptions<SynthesisQueueOptions>().BindConfiguration(SynthesisQueueOptions.Section);
builder.Services.AddHostedService<SynthesisQueueListener>();
builder.Services.AddApiDocument();
if (DocumentGeneration.IsRunning)
{
    // Nothing starts that would reach storage: the generator only reads the endpoints.
    builder.Services.RemoveAll<IHostedService>();
}

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.AwaitStartupWork();
app.Use((context, next) => RequestSizes.Check(context.Request) is { } tooLarge
    ? tooLarge.ExecuteAsync(context)
    : context.RequestServices.GetRequiredService<RequestDeadline>().RunAsync(context, () => next(context)));
// Where the README and developers have always found it; /api/openapi/v1.json is the route both hosts serve.
app.MapGet("/" + Routes.OpenApiDocument, (GetOpenApiDocumentHandler handler) => handler.Handle()).ExcludeFromDescription();
app.MapGroup("/" + Routes.Prefix).MapEcFunctionsApi();
if (webApp is not null)
{
    app.MapWebApp(webApp);
}

await app.RunAsync();
return 0;

/// <summary>The local host's entry point, public so tests can host it.</summary>
public partial class Program;
