using Azure.Monitor.OpenTelemetry.Exporter;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Azure.Functions.Worker.OpenTelemetry;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using EcFunctions.Synthesis;
using OpenTelemetry.Metrics;

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
        builder.AddEcFunctions();
        AddTelemetry(builder);
        return builder;
    }

    // OpenTelemetry, as Microsoft documents it for the isolated worker on Flex Consumption (host.json
    // sets telemetryMode to match): the worker's traces and logs, and the core's own meter. Without a
    // connection string (tests, a developer's machine) nothing is exported.
    private static void AddTelemetry(FunctionsApplicationBuilder builder)
    {
        var telemetry = builder.Services.AddOpenTelemetry()
            .UseFunctionsWorkerDefaults()
            .WithMetrics(metrics => metrics.AddMeter(SynthesisMetrics.MeterName));
        if (!string.IsNullOrWhiteSpace(builder.Configuration[ApplicationInsightsConnection]))
        {
            telemetry.UseAzureMonitorExporter(exporter => exporter.ConnectionString = builder.Configuration[ApplicationInsightsConnection]);
        }
    }
}
