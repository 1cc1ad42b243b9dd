using System.Diagnostics.Metrics;

namespace EcFunctions.Synthesis;

/// <summary>
/// The synthesis's figures as metrics of the <see cref="MeterName"/> meter, which the Functions app
/// exports to Application Insights: how long a compile took and how many responses it read.
/// </summary>
public sealed class SynthesisMetrics
{
    /// <summary>The meter every EcFunctions metric belongs to.</summary>
    public const string MeterName = "EcFunctions";

    private readonly Histogram<double> duration;
    private readonly Histogram<int> responses;

    /// <summary>Creates the instruments on the host's meter factory.</summary>
    public SynthesisMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        duration = meter.CreateHistogram<double>("ecfunctions.synthesis.duration", "s", "Time to compile one cycle's synthesis.");
        responses = meter.CreateHistogram<int>("ecfunctions.synthesis.responses", "{response}", "Responses read by one synthesis.");
    }

    /// <summary>Records one completed synthesis of <paramref name="cycleId"/>.</summary>
    public void RecordCompleted(string cycleId, TimeSpan elapsed, int total)
    {
        var cycle = new KeyValuePair<string, object?>("ecfunctions.cycle", cycleId);
        duration.Record(elapsed.TotalSeconds, cycle);
        responses.Record(total, cycle);
    }
}
