namespace EcFunctions.Synthesis;

/// <summary>
/// One question's answers broken down by each dimension of <see cref="Breakdowns.Dimensions"/>; its
/// values are in the order of every slice's <see cref="SliceBreakdown.Counts"/>.
/// </summary>
public sealed record QuestionBreakdown(
    string QuestionnaireId, string Path, string Title, IReadOnlyList<BreakdownValue> Values, IReadOnlyList<DimensionBreakdown> Dimensions);

/// <summary>A value of a broken-down question and its title.</summary>
public sealed record BreakdownValue(string Value, string Title);

/// <summary>The slices of one dimension (region, development, UN regional group, LDC, SIDS) that answered.</summary>
public sealed record DimensionBreakdown(string Dimension, IReadOnlyList<SliceBreakdown> Slices);

/// <summary>How many in one slice answered the question, and the count and share of each value.</summary>
public sealed record SliceBreakdown(string Slice, int Answered, IReadOnlyList<SliceCount> Counts);

/// <summary>How many in a slice chose a value, and their share of those in the slice who answered.</summary>
public sealed record SliceCount(int Count, double Share);
