using System.Text.Json;
using EcFunctions.Questionnaires;

namespace EcFunctions.Responses;

/// <summary>
/// What JSON lets through but an answer may not hold, found before anything else reads the answer:
/// strings or property names that are not valid Unicode (a lone surrogate escape, <c>"\ud800"</c>),
/// which every later reader of the stored document would fail on, and numbers beyond what a decimal
/// holds (28 significant digits), which the schema validator cannot compare.
/// </summary>
public static class AnswerText
{
    /// <summary>Each offending location's JSON pointer with what is wrong there; empty when there is none.</summary>
    public static Dictionary<string, string[]> Problems(JsonElement answer)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        Walk(answer, "", problems);
        return problems;
    }

    private static void Walk(JsonElement element, string pointer, Dictionary<string, string[]> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (Text(() => property.Name) is { } name)
                    {
                        Walk(property.Value, $"{pointer}/{JsonPointer.Token(name)}", problems);
                    }
                    else
                    {
                        problems[pointer] = ["A property name is not valid Unicode text (it holds a lone surrogate)."];
                    }
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{pointer}/{index++}", problems);
                }

                break;
            case JsonValueKind.String when Text(element.GetString) is null:
                problems[pointer] = ["Not valid Unicode text: it holds a lone surrogate (an unpaired \\uD800-\\uDFFF escape)."];
                break;
            case JsonValueKind.Number when !element.TryGetDecimal(out _):
                problems[pointer] = ["The number is too large or too precise (at most 28 significant digits)."];
                break;
        }
    }

    // The unescaped text, or null when it is not well-formed UTF-16: the reader refuses some lone
    // surrogates itself (it cannot transcode them) and lets others through.
    private static string? Text(Func<string?> read)
    {
        string? text;
        try
        {
            text = read();
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        for (var index = 0; text is not null && index < text.Length; index++)
        {
            if (char.IsHighSurrogate(text[index]) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            {
                index++;
            }
            else if (char.IsSurrogate(text[index]))
            {
                return null;
            }
        }

        return text;
    }
}
