using System.Text.RegularExpressions;

namespace EcFunctions.Http;

/// <summary>
/// Identifiers that become table keys and blob path segments. The allowed alphabet keeps them
/// clear of every character Table storage forbids in keys and of '/' in blob names.
/// </summary>
public static partial class Identifiers
{
    /// <summary>The syntax of an identifier: 1 to 64 letters, digits, '-' or '_', starting with a letter or digit.</summary>
    public const string Syntax = "^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$";

    /// <summary>True when <paramref name="value"/> may serve as a cycle, respondent or questionnaire id.</summary>
    public static bool IsValid(string value) => Pattern().IsMatch(value);

    [GeneratedRegex(Syntax, RegexOptions.None, matchTimeoutMilliseconds: 100)]
    private static partial Regex Pattern();
}
