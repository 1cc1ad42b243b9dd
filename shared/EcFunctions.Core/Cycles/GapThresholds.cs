namespace EcFunctions.Cycles;

/// <summary>The share of responding Member States from which the synthesis marks an issue a gap.</summary>
public static class GapThresholds
{
    /// <summary>A quarter of the Member States that answered: a concern widely shared, not one state's.</summary>
    public const double Default = 0.25;

    /// <summary>Why <paramref name="threshold"/> cannot be a threshold, or null when it can (or is not given).</summary>
    public static string? Check(double? threshold) =>
        threshold is { } given && !(given > 0 && given <= 1)
            ? "Must be a share above 0 and at most 1, e.g. 0.25 for a quarter of the responding Member States."
            : null;
}
