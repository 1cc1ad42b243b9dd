using Azure.Monitor.OpenTelemetry.Exporter;
using EcFunctions.Synthesis;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace EcFunctions.Functions;

/// <summary>
/// The Functions app's composition: what <c>Program.cs</c> runs, and what the tests build to resolve
/// and run the app's functions exactly as the worker does.
/// </summary>
public static class FunctionsApp
{
    /// <summary>The platform's setting for the Application Insights resource the Bicep provisions.</summary>
    public const string ApplicationInsightsConnection = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    /// <summary>The worker's builder with ASP.NET Core integration, the core's services and telemetry.</summary>
    public static FunctionsApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = FunctionsApplication.CreateBuilder(args);
        builder.ConfigureFunctionsWebApplication();
        builder.UseMiddleware<RequestDeadlineMiddleware>();
        builder.AddEcFunctions();
        AddTelemetry(builder);
        return builder;
    }

    // OpenTelemetry, as Microsoft documents it for the isolated worker on Flex Consumption (host.json
    // sets telemetryMode to match, so the host's telemetry joins the worker's): the worker's traces,
    // the app's logs with their formatted text, and the core's meter, each signal to Application
    // Insights. Each signal is wired on its own: UseAzureMonitorExporter beside the worker's defaults
    // left logs without an exporter. Without a connection string (tests, a developer's machine)
    // nothing is exported.
    private static void AddTelemetry(FunctionsApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithMetrics(metrics => metrics.AddMeter(SynthesisMetrics.MeterName));
        if (builder.Configuration[ApplicationInsightsConnection] is { Length: > 0 } connection)
        {
            telemetry
                .WithLogging(
                    logging => logging.AddAzureMonitorLogExporter(exporter => exporter.ConnectionString = connection),
                    options => options.IncludeFormattedMessage = true)
                .WithMetrics(metrics => metrics.AddAzureMonitorMetricExporter(exporter => exporter.ConnectionString = connection))
                .WithTracing(tracing => tracing.AddAzureMonitorTraceExporter(exporter => exporter.ConnectionString = connection));
        }
    }
}
