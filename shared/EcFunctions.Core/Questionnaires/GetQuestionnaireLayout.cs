using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Questionnaires;

/// <summary>Serves how a form lays out one questionnaire version: data kept and versioned beside its schema.</summary>
public sealed class GetQuestionnaireLayoutHandler(QuestionnaireCatalogue catalogue)
{
    /// <summary>The layout document with a strong ETag; immutable like the version it belongs to.</summary>
    public Results<FileContentHttpResult, ProblemHttpResult> Handle(string questionnaireId, string version, HttpResponse response)
    {
        var document = catalogue.FindQuestionnaire(new QuestionnaireRef(questionnaireId, version));
        if (document is null)
        {
            return Problems.QuestionnaireVersionNotFound(questionnaireId, version);
        }

        var language = QuestionnaireLanguages.Of(response.HttpContext.Request);
        if (catalogue.ServeLayout(document, language) is not var (bytes, entityTag))
        {
            return Problems.QuestionnaireLayoutNotFound(questionnaireId, version);
        }

        LanguageHeaders.Set(response, language);
        return TypedResults.Bytes(bytes, "application/json", entityTag: entityTag);
    }
}
