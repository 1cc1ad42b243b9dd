using EcFunctions.Access;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Synthesis;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace EcFunctions.Cycles;

/// <summary>Serves one output of a cycle's synthesis to the secretariat.</summary>
public sealed class GetSynthesisOutputHandler(SynthesisOutputs outputs)
{
    /// <summary>
    /// The file, or 404 when there is no such output (yet). A report is served in the language the
    /// request asks for (<c>?lang=</c>, else Accept-Language, else English); the other outputs are the same in every language.
    /// </summary>
    public async Task<Results<FileStreamHttpResult, ProblemHttpResult>> HandleAsync(
        Caller caller, string cycleId, string name, HttpResponse response, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var language = ReportLanguages.InEveryLanguage(name) ? QuestionnaireLanguages.Of(response.HttpContext.Request) : QuestionnaireLanguages.Source;
        var file = ReportLanguages.FileName(name, language);
        if (!Identifiers.IsValid(cycleId) || !CycleViews.Outputs.TryGetValue(name, out var mediaType)
            || await outputs.OpenIfExistsAsync(cycleId, file, cancellationToken) is not { } content)
        {
            return Problems.SynthesisOutputNotFound(cycleId, name);
        }

        if (ReportLanguages.InEveryLanguage(name))
        {
            response.Headers.ContentLanguage = language;
            response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        }

        return TypedResults.Stream(content, mediaType, fileDownloadName: $"{cycleId}-{file}");
    }
}
