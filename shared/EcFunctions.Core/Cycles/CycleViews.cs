using EcFunctions.Http;
using EcFunctions.Storage;

namespace EcFunctions.Cycles;

/// <summary>What a cycle row looks like from outside, and whether it takes answers now.</summary>
public static class CycleViews
{
    /// <summary>The synthesis outputs, by file name, with their media types.</summary>
    public static readonly IReadOnlyDictionary<string, string> Outputs = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["synthesis.json"] = "application/json",
        ["responses.csv"] = "text/csv; charset=utf-8",
        ["report.md"] = "text/markdown; charset=utf-8",
        ["report.html"] = "text/html; charset=utf-8",
        ["responses-lists.csv"] = "text/csv; charset=utf-8",
        ["responses.xlsx"] = EcFunctions.Synthesis.SynthesisCompiler.SpreadsheetMediaType,
        ["report.docx"] = EcFunctions.Synthesis.SynthesisCompiler.WordMediaType,
    };

    /// <summary>The secretariat's view.</summary>
    public static CycleStatus Status(CycleEntity cycle) => new(
        cycle.PartitionKey, cycle.State, cycle.OpensAt, cycle.ClosesAt, TimeSpan.FromSeconds(cycle.AmendmentGraceSeconds),
        CycleStore.Questionnaires(cycle),
        cycle.OpenedAt, cycle.ClosedAt, Synthesis(cycle), cycle.GapThreshold ?? GapThresholds.Default);

    /// <summary>The synthesis part of the secretariat's view; outputs are linked once a synthesis has completed.</summary>
    public static SynthesisStatus Synthesis(CycleEntity cycle) => new(
        cycle.PartitionKey, cycle.State, cycle.SynthesisRequestedAt, cycle.SynthesisStartedAt, cycle.SynthesisCompletedAt, cycle.SynthesisFingerprint,
        cycle.SynthesisResponses, cycle.SynthesisFailure,
        cycle.SynthesisCompletedAt is null
            ? new Dictionary<string, string>()
            : Outputs.Keys.ToDictionary(name => name, name => Links.SynthesisOutput(cycle.PartitionKey, name), StringComparer.Ordinal),
        cycle.SynthesisUnreadable?.Split(',') ?? []);

    /// <summary>
    /// Whether the cycle accepts answers at <paramref name="now"/>: open, and inside its window, which
    /// for an amendment of a submitted response extends by the cycle's grace period.
    /// </summary>
    public static bool AcceptsAnswers(CycleEntity cycle, DateTimeOffset now, bool amending = false) =>
        cycle.State == CycleState.Open && cycle.OpensAt <= now && now < LastAnswerTime(cycle, amending);

    /// <summary>When answers stop: the closes-at time, plus the grace period for amendments.</summary>
    /// <remarks>
    /// Saturates at the calendar's end rather than overflow: rows written before the dates were bounded
    /// (<see cref="CycleRules.Latest"/>) may close at its very end.
    /// </remarks>
    public static DateTimeOffset LastAnswerTime(CycleEntity cycle, bool amending) =>
        !amending ? cycle.ClosesAt
        : DateTimeOffset.MaxValue - cycle.ClosesAt > TimeSpan.FromSeconds(cycle.AmendmentGraceSeconds) ? cycle.ClosesAt.AddSeconds(cycle.AmendmentGraceSeconds)
        : DateTimeOffset.MaxValue;
}
