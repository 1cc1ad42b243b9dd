namespace EcFunctions.Cycles;

/// <summary>
/// The states of a reporting cycle: <c>draft</c> → <c>open</c> → <c>closing</c> (close accepted,
/// synthesis queued) → <c>synthesising</c> (a worker started it, at the status's <c>startedAt</c>) →
/// <c>synthesised</c>; or <c>synthesis-failed</c>, from which the synthesis can be run again.
/// </summary>
public static class CycleState
{
    /// <summary>Being prepared by the secretariat; editable.</summary>
    public const string Draft = "draft";

    /// <summary>Accepting answers inside its window.</summary>
    public const string Open = "open";

    /// <summary>Closed to answers; a synthesis request is queued.</summary>
    public const string Closing = "closing";

    /// <summary>Closed to answers; a worker started compiling the synthesis (and is retried should it die).</summary>
    public const string Synthesising = "synthesising";

    /// <summary>The synthesis outputs are ready.</summary>
    public const string Synthesised = "synthesised";

    /// <summary>The synthesis failed after every retry; it can be requested again.</summary>
    public const string SynthesisFailed = "synthesis-failed";

    /// <summary>States in which answers are no longer accepted and a synthesis may be (re)requested.</summary>
    public static readonly IReadOnlyList<string> AfterClose = [Closing, Synthesising, Synthesised, SynthesisFailed];
}
