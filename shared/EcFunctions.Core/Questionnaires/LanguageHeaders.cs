using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Questionnaires;

/// <summary>The headers of a document served in a language chosen from the request.</summary>
internal static class LanguageHeaders
{
    /// <summary>
    /// Says the language served, and that the choice depends on Accept-Language (so a shared cache keeps
    /// one copy per language). The English, the published files themselves, never changes and may be
    /// kept for a year; a translation may be corrected by an erratum, so it is kept for a day.
    /// </summary>
    public static void Set(HttpResponse response, string language)
    {
        response.Headers.ContentLanguage = language;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        response.Headers.CacheControl = language == QuestionnaireLanguages.Source
            ? "public, max-age=31536000, immutable"
            : "public, max-age=86400";
    }
}
