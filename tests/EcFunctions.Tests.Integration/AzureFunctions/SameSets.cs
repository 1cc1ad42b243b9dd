namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>Set equality that fails with what each side has and the other lacks.</summary>
public static class SameSets
{
    /// <summary>Fails unless <paramref name="left"/> and <paramref name="right"/> hold the same strings.</summary>
    public static void Assert(string leftName, IEnumerable<string> left, string rightName, IEnumerable<string> right)
    {
        var leftSet = left.ToHashSet(StringComparer.Ordinal);
        var rightSet = right.ToHashSet(StringComparer.Ordinal);
        var onlyLeft = leftSet.Except(rightSet).Order(StringComparer.Ordinal).ToList();
        var onlyRight = rightSet.Except(leftSet).Order(StringComparer.Ordinal).ToList();
        Xunit.Assert.True(onlyLeft.Count == 0 && onlyRight.Count == 0,
            $"Only in {leftName}:\n  {string.Join("\n  ", onlyLeft)}\nOnly in {rightName}:\n  {string.Join("\n  ", onlyRight)}");
    }
}
