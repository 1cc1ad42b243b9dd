using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Questionnaires;

/// <summary>Serves one published questionnaire version, byte for byte, or bundled with what it refers to (<c>?bundle=true</c>).</summary>
public sealed class GetQuestionnaireVersionHandler(QuestionnaireCatalogue catalogue)
{
    /// <summary>
    /// The schema document with a strong ETag. A published version never changes, so caches may keep
    /// it for a year without asking again; a conditional GET still gets its 304.
    /// </summary>
    public Results<FileContentHttpResult, ProblemHttpResult> Handle(string questionnaireId, string version, HttpResponse response)
    {
        var document = catalogue.FindDocument(new QuestionnaireRef(questionnaireId, version));
        if (document is null)
        {
            return Problems.QuestionnaireVersionNotFound(questionnaireId, version);
        }

        var (bytes, entityTag) = response.HttpContext.Request.Query["bundle"] == "true"
            ? catalogue.Bundle(document)
            : (document.Document, document.ETag);
        response.Headers.CacheControl = "public, max-age=31536000, immutable";
        return TypedResults.Bytes(bytes, "application/schema+json", entityTag: entityTag);
    }
}
