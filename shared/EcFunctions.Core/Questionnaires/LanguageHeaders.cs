using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Questionnaires;

/// <summary>The headers of a document served in a language chosen from the request.</summary>
internal static class LanguageHeaders
{
    /// <summary>
    /// Says the language served, that the choice depends on Accept-Language (so a shared cache keeps
    /// one copy per language), and that the document may be cached for long: a version's schema never
    /// changes, and a translation only by an erratum, which changes the ETag.
    /// </summary>
    public static void Set(HttpResponse response, string language)
    {
        response.Headers.ContentLanguage = language;
        response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        response.Headers.CacheControl = "public, max-age=86400";
    }
}
