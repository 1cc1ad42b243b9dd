using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Questionnaires;

/// <summary>Serves one published questionnaire version, byte for byte, or bundled with what it refers to (<c>?bundle=true</c>).</summary>
public sealed class GetQuestionnaireVersionHandler(QuestionnaireCatalogue catalogue)
{
    /// <summary>
    /// The schema document in the language asked for (<see cref="QuestionnaireLanguages"/>), with a strong
    /// ETag per language. Validation does not depend on the language: every language is the same schema.
    /// </summary>
    public Results<FileContentHttpResult, ProblemHttpResult> Handle(string questionnaireId, string version, HttpResponse response)
    {
        var document = catalogue.FindDocument(new QuestionnaireRef(questionnaireId, version));
        if (document is null)
        {
            return Problems.QuestionnaireVersionNotFound(questionnaireId, version);
        }

        var request = response.HttpContext.Request;
        var language = QuestionnaireLanguages.Of(request);
        var (bytes, entityTag) = catalogue.Serve(document, language, bundled: request.Query["bundle"] == "true");
        LanguageHeaders.Set(response, language);
        return TypedResults.Bytes(bytes, "application/schema+json", entityTag: entityTag);
    }
}
