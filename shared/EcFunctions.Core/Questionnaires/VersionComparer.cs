namespace EcFunctions.Questionnaires;

/// <summary>Orders versions numerically where they are dotted numbers (1.10.0 after 1.9.0), else ordinally.</summary>
internal sealed class VersionComparer : IComparer<string>
{
    public static readonly VersionComparer Instance = new();

    public int Compare(string? x, string? y) =>
        Version.TryParse(x, out var left) && Version.TryParse(y, out var right)
            ? left.CompareTo(right)
            : string.CompareOrdinal(x, y);
}
