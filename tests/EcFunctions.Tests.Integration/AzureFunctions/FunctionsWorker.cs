extern alias AzureFunctionsApp;

using System.Globalization;
using System.Reflection;
using AzureFunctionsApp::EcFunctions.Functions;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Template;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>
/// The Functions app's worker, composed by <see cref="FunctionsApp.CreateBuilder"/> exactly as its
/// Program.cs does, against the fixture's Azurite, but not started: the Functions host that would
/// connect to it over gRPC cannot run here. Its functions are created as the worker creates them
/// (constructor injection from the worker's services) and called in process: an HTTP function with a
/// <see cref="DefaultHttpContext"/> whose services are the invocation's, the way the worker's ASP.NET
/// Core integration calls it, and the <see cref="IResult"/> it returns executed on that context.
/// </summary>
public sealed class FunctionsWorker : IAsyncDisposable
{
    private readonly IHost host;
    private readonly FunctionsMetadata metadata = FunctionsMetadata.Load();

    private FunctionsWorker(IHost host) => this.host = host;

    /// <summary>The worker's services.</summary>
    public IServiceProvider Services => host.Services;

    /// <summary>
    /// Composes the worker on the storage <paramref name="connectionString"/> names, with the fixture's
    /// settings and <paramref name="settings"/> given as the platform gives app settings, and
    /// <paramref name="configure"/> applied before it is built (a logger to capture, say).
    /// </summary>
    public static FunctionsWorker Create(
        string connectionString, IEnumerable<(string Key, string Value)>? settings = null, Action<FunctionsApplicationBuilder>? configure = null)
    {
        var arguments = new List<(string Key, string Value)>
        {
            ("AzureWebJobsStorage", connectionString),
            ("Requests:MaxBodyBytes", ApiFixture.MaxBodyBytes.ToString(CultureInfo.InvariantCulture)),
        };
        arguments.AddRange(settings ?? []);
        var builder = FunctionsApp.CreateBuilder([.. arguments.Select(setting => $"--{setting.Key}={setting.Value}")]);
        configure?.Invoke(builder);
        return new FunctionsWorker(builder.Build());
    }

    /// <summary>An instance of the function class <paramref name="type"/>, as the worker's default activator makes it.</summary>
    public static object CreateFunction(Type type, IServiceProvider services) => ActivatorUtilities.CreateInstance(services, type);

    /// <summary>The Functions app's assembly, where its functions are.</summary>
    public static Assembly App => typeof(FunctionsApp).Assembly;

    /// <summary>The function class holding <paramref name="entryPoint"/> (<c>Namespace.Class.Method</c>), and the method.</summary>
    public static (Type Type, MethodInfo Method) EntryPoint(string entryPoint)
    {
        var split = entryPoint.LastIndexOf('.');
        var type = App.GetType(entryPoint[..split], throwOnError: true)!;
        return (type, type.GetMethod(entryPoint[(split + 1)..], BindingFlags.Public | BindingFlags.Instance)!);
    }

    /// <summary>The names of the HTTP functions <see cref="SendAsync"/> has called.</summary>
    public ISet<string> Called { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>What <see cref="SendAsync"/> got back, as "function status".</summary>
    public ISet<string> Answered { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>
    /// Sends <paramref name="request"/> to the HTTP function whose route and method it matches, and
    /// returns what the function's result wrote.
    /// </summary>
    public async Task<ApiExchange> SendAsync(ApiRequest request)
    {
        var path = request.Path.Split('?')[0];
        var (function, routeValues) = Route(request.Method, path);
        Called.Add(function.Name);
        await using var scope = host.Services.CreateAsyncScope();
        var context = request.ToHttpContext(scope.ServiceProvider);

        var (type, method) = EntryPoint(function.EntryPoint);
        var instance = CreateFunction(type, scope.ServiceProvider);
        var arguments = method.GetParameters().Select(parameter => parameter.ParameterType == typeof(HttpRequest)
                ? context.Request
                : parameter.ParameterType == typeof(string) && routeValues.TryGetValue(parameter.Name!, out var value)
                    ? (object?)value?.ToString()
                    : throw new NotSupportedException($"{function.Name} takes {parameter.ParameterType.Name} {parameter.Name}, which this test host does not bind."))
            .ToArray();

        // Through the app's worker middleware, as the worker runs every invocation.
        var middleware = ActivatorUtilities.CreateInstance<RequestDeadlineMiddleware>(scope.ServiceProvider);
        await middleware.Invoke(WorkerFunctionContext.ForHttp(scope.ServiceProvider, context), async _ =>
        {
            var result = await ResultOf(method.Invoke(instance, arguments));
            await result.ExecuteAsync(context);
        });
        Answered.Add($"{function.Name} {context.Response.StatusCode}");
        return ApiExchange.From(context.Response);
    }

    /// <summary>
    /// Delivers <paramref name="message"/> to the app's queue-triggered function for the
    /// <paramref name="dequeueCount"/>th time, as the worker would: the message as the trigger's
    /// string, and a <see cref="FunctionContext"/> carrying the delivery count in its binding data.
    /// </summary>
    public async Task DeliverAsync(string message, long dequeueCount)
    {
        var function = Assert.Single(metadata.Queues);
        await using var scope = host.Services.CreateAsyncScope();
        var context = WorkerFunctionContext.ForQueue(scope.ServiceProvider, dequeueCount);
        var (type, method) = EntryPoint(function.EntryPoint);
        var arguments = method.GetParameters().Select(parameter =>
                parameter.ParameterType == typeof(string) ? message
                : parameter.ParameterType == typeof(FunctionContext) ? (object)context
                : throw new NotSupportedException($"{function.Name} takes {parameter.ParameterType.Name} {parameter.Name}, which this test host does not bind."))
            .ToArray();
        await (Task)method.Invoke(CreateFunction(type, scope.ServiceProvider), arguments)!;
    }

    /// <summary>
    /// Builds the OpenTelemetry providers, which the worker's telemetry hosted service would do when the
    /// worker starts: from then on the meters and traces the app records are collected and exported.
    /// </summary>
    public void StartTelemetry()
    {
        host.Services.GetRequiredService<MeterProvider>();
        host.Services.GetRequiredService<TracerProvider>();
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            host.Dispose();
        }
    }

    private (HttpFunction Function, RouteValueDictionary Values) Route(string method, string path)
    {
        var relative = path.StartsWith("/api/", StringComparison.Ordinal)
            ? path["/api".Length..]
            : throw new ArgumentException($"{path} is not under /api/.", nameof(path));
        foreach (var function in metadata.Http.Where(function => function.Methods.Contains(method)))
        {
            var values = new RouteValueDictionary();
            if (new TemplateMatcher(TemplateParser.Parse(function.Route), []).TryMatch(relative, values))
            {
                return (function, values);
            }
        }

        throw new InvalidOperationException($"No HTTP function of the Functions app answers {method} {path}.");
    }

    private static async Task<IResult> ResultOf(object? returned) => returned switch
    {
        IResult result => result,
        Task<IResult> task => await task,
        _ => throw new InvalidOperationException($"A function returned {returned?.GetType().Name ?? "null"}, not an IResult."),
    };
}
