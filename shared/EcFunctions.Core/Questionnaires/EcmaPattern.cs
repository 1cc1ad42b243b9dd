using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace EcFunctions.Questionnaires;

/// <summary>
/// Rewrites a JSON Schema <c>pattern</c>, an ECMA-262 regular expression with Unicode semantics, as a
/// .NET one that matches the same strings. The dialects differ where it matters for answers:
/// <c>$</c> also matches before a final newline in .NET (so <c>^[a-z]{2}$</c> took <c>"en\n"</c>);
/// <c>\d</c>, <c>\w</c> and <c>\b</c> are ASCII in ECMA-262 and Unicode in .NET; <c>\s</c> and
/// <c>.</c> differ in which line and space characters they take; a character beyond U+FFFF is one
/// character in ECMA-262 but two UTF-16 units in .NET. What cannot be rewritten faithfully is refused.
/// </summary>
internal static class EcmaPattern
{
    private const string Space = @"\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff";
    private const string Word = "A-Za-z0-9_";
    private const string WordBoundary = $"(?:(?<=[{Word}])(?![{Word}])|(?<![{Word}])(?=[{Word}]))";
    private const string AnyCharacter = @"(?:[\ud800-\udbff][\udc00-\udfff]|[^\n\r\u2028\u2029])";

    // Unicode general categories by every name ECMA-262 accepts, as .NET writes them.
    private static readonly FrozenDictionary<string, string> Categories = new Dictionary<string, string>
    {
        ["C"] = "C", ["Other"] = "C", ["Cc"] = "Cc", ["Control"] = "Cc", ["cntrl"] = "Cc", ["Cf"] = "Cf", ["Format"] = "Cf",
        ["Cn"] = "Cn", ["Unassigned"] = "Cn", ["Co"] = "Co", ["Private_Use"] = "Co", ["Cs"] = "Cs", ["Surrogate"] = "Cs",
        ["L"] = "L", ["Letter"] = "L", ["Ll"] = "Ll", ["Lowercase_Letter"] = "Ll", ["Lm"] = "Lm", ["Modifier_Letter"] = "Lm",
        ["Lo"] = "Lo", ["Other_Letter"] = "Lo", ["Lt"] = "Lt", ["Titlecase_Letter"] = "Lt", ["Lu"] = "Lu", ["Uppercase_Letter"] = "Lu",
        ["M"] = "M", ["Mark"] = "M", ["Combining_Mark"] = "M", ["Mc"] = "Mc", ["Spacing_Mark"] = "Mc", ["Me"] = "Me",
        ["Enclosing_Mark"] = "Me", ["Mn"] = "Mn", ["Nonspacing_Mark"] = "Mn", ["N"] = "N", ["Number"] = "N", ["Nd"] = "Nd",
        ["Decimal_Number"] = "Nd", ["digit"] = "Nd", ["Nl"] = "Nl", ["Letter_Number"] = "Nl", ["No"] = "No", ["Other_Number"] = "No",
        ["P"] = "P", ["Punctuation"] = "P", ["punct"] = "P", ["Pc"] = "Pc", ["Connector_Punctuation"] = "Pc", ["Pd"] = "Pd",
        ["Dash_Punctuation"] = "Pd", ["Pe"] = "Pe", ["Close_Punctuation"] = "Pe", ["Pf"] = "Pf", ["Final_Punctuation"] = "Pf",
        ["Pi"] = "Pi", ["Initial_Punctuation"] = "Pi", ["Po"] = "Po", ["Other_Punctuation"] = "Po", ["Ps"] = "Ps",
        ["Open_Punctuation"] = "Ps", ["S"] = "S", ["Symbol"] = "S", ["Sc"] = "Sc", ["Currency_Symbol"] = "Sc", ["Sk"] = "Sk",
        ["Modifier_Symbol"] = "Sk", ["Sm"] = "Sm", ["Math_Symbol"] = "Sm", ["So"] = "So", ["Other_Symbol"] = "So", ["Z"] = "Z",
        ["Separator"] = "Z", ["Zl"] = "Zl", ["Line_Separator"] = "Zl", ["Zp"] = "Zp", ["Paragraph_Separator"] = "Zp",
        ["Zs"] = "Zs", ["Space_Separator"] = "Zs",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The .NET pattern matching what <paramref name="pattern"/> matches in ECMA-262.</summary>
    /// <exception cref="InvalidDataException">The pattern uses what has no faithful .NET rewrite.</exception>
    public static string ToDotNet(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var at = 0; at < pattern.Length; at++)
        {
            var c = pattern[at];
            if (c == '\\' && at + 1 < pattern.Length)
            {
                at = Escape(pattern, at + 1, inClass, result);
            }
            else if (char.IsHighSurrogate(c) && at + 1 < pattern.Length && char.IsLowSurrogate(pattern[at + 1]))
            {
                // One character in ECMA-262, so a quantifier after it repeats both halves.
                Refuse(inClass, pattern, "a character beyond U+FFFF inside a character class");
                result.Append("(?:").Append(c).Append(pattern[++at]).Append(')');
            }
            else if (inClass)
            {
                inClass = c != ']';
                result.Append(c);
            }
            else if (c == '[')
            {
                at = OpenClass(pattern, at, result, out inClass);
            }
            else
            {
                result.Append(c switch
                {
                    '$' => @"\z",
                    '.' => AnyCharacter,
                    _ => c.ToString(),
                });
            }
        }

        return result.ToString();
    }

    // ECMA-262 reads "[]" as a class matching nothing and "[^]" as one matching anything; .NET reads
    // a "]" right after "[" or "[^" as a literal.
    private static int OpenClass(string pattern, int at, StringBuilder result, out bool inClass)
    {
        var negated = at + 1 < pattern.Length && pattern[at + 1] == '^';
        var next = negated ? at + 2 : at + 1;
        inClass = next >= pattern.Length || pattern[next] != ']';
        if (!inClass)
        {
            result.Append(negated ? @"[\s\S]" : "(?!)");
            return next;
        }

        result.Append(negated ? "[^" : "[");
        return negated ? at + 1 : at;
    }

    private static int Escape(string pattern, int at, bool inClass, StringBuilder result)
    {
        var c = pattern[at];
        switch (c)
        {
            case 'd':
                result.Append(inClass ? "0-9" : "[0-9]");
                return at;
            case 'w':
                result.Append(inClass ? Word : $"[{Word}]");
                return at;
            case 's':
                result.Append(inClass ? Space : $"[{Space}]");
                return at;
            case 'D' or 'W' or 'S':
                Refuse(inClass, pattern, $"\\{c} inside a character class");
                result.Append(c switch { 'D' => "[^0-9]", 'W' => $"[^{Word}]", _ => $"[^{Space}]" });
                return at;
            case 'b' when !inClass:
                result.Append(WordBoundary);
                return at;
            case 'B' when !inClass:
                result.Append("(?!").Append(WordBoundary).Append(')');
                return at;
            case 'p' or 'P':
                return Property(pattern, at, result);
            case 'u' when at + 1 < pattern.Length && pattern[at + 1] == '{':
                return CodePoint(pattern, at, inClass, result);
            default:
                result.Append('\\').Append(c);
                return at;
        }
    }

    private static int Property(string pattern, int at, StringBuilder result)
    {
        var close = pattern.IndexOf('}', at);
        var name = close > at + 1 && pattern[at + 1] == '{' ? pattern[(at + 2)..close] : "";
        var category = name.Split('=') switch
        {
            [var value] => value,
            ["General_Category" or "gc", var value] => value,
            _ => "",
        };
        if (!Categories.TryGetValue(category, out var dotNet))
        {
            throw new InvalidDataException(
                $"The pattern '{pattern}' uses \\{pattern[at]}{{{name}}}; only Unicode general categories are supported.");
        }

        result.Append('\\').Append(pattern[at]).Append('{').Append(dotNet).Append('}');
        return close;
    }

    private static int CodePoint(string pattern, int at, bool inClass, StringBuilder result)
    {
        var close = pattern.IndexOf('}', at);
        if (close < 0 || !int.TryParse(pattern.AsSpan(at + 2, close - at - 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)
            || !Rune.IsValid(value))
        {
            throw new InvalidDataException($"The pattern '{pattern}' has an invalid \\u{{...}} escape.");
        }

        var text = new Rune(value).ToString();
        Refuse(inClass && text.Length > 1, pattern, "a character beyond U+FFFF inside a character class");
        result.Append(text.Length > 1 ? "(?:" : "").Append(string.Concat(text.Select(unit => $"\\u{(int)unit:x4}"))).Append(text.Length > 1 ? ")" : "");
        return close;
    }

    private static void Refuse(bool when, string pattern, string what)
    {
        if (when)
        {
            throw new InvalidDataException($"The pattern '{pattern}' uses {what}, which has no faithful .NET rewrite.");
        }
    }
}
