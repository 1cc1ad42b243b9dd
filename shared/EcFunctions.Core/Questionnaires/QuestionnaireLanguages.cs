using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Questionnaires;

/// <summary>
/// The six official languages of the United Nations, in which every questionnaire is served, and how
/// a request picks one: an explicit <c>?lang=</c> first, then <c>Accept-Language</c> by preference,
/// else English, the language the schemas are written in.
/// </summary>
public static class QuestionnaireLanguages
{
    /// <summary>The language of the schema files themselves.</summary>
    public const string Source = "en";

    /// <summary>Arabic, Chinese, English, French, Russian, Spanish, by ISO 639-1 code.</summary>
    public static readonly IReadOnlyList<string> All = ["ar", "en", "es", "fr", "ru", "zh"];

    /// <summary>The language to serve for <paramref name="request"/>: its <c>?lang=</c>, else its <c>Accept-Language</c>.</summary>
    public static string Of(HttpRequest request) => Choose(request.Query["lang"], request.GetTypedHeaders().AcceptLanguage);

    /// <summary>The language to serve for <paramref name="explicitLanguage"/> and <paramref name="acceptLanguage"/>.</summary>
    public static string Choose(string? explicitLanguage, IEnumerable<StringWithQualityHeaderValue> acceptLanguage)
    {
        if (Supported(explicitLanguage) is { } asked)
        {
            return asked;
        }

        return acceptLanguage
            .Where(range => range.Quality is not 0)
            .OrderByDescending(range => range.Quality ?? 1)
            .Select(range => Supported(range.Value.Value))
            .FirstOrDefault(language => language is not null) ?? Source;
    }

    // 'fr-CH' is French; 'zh-Hans' and 'zh-CN' are the Chinese served.
    private static string? Supported(string? tag) =>
        tag?.Split('-')[0].ToLowerInvariant() is { } primary && All.Contains(primary) ? primary : null;
}
