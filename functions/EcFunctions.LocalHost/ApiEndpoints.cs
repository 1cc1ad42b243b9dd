using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Responses;

namespace EcFunctions.LocalHost;

/// <summary>
/// The local host's adapters: each maps one route of <see cref="Routes"/> onto its handler, as the
/// Functions app's trigger classes do. A test keeps the two route sets equal.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Maps every API route onto <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapEcFunctionsApi(this RouteGroupBuilder api)
    {
        api.MapGet(Routes.Questionnaires, (ListQuestionnairesHandler handler) => handler.Handle())
            .WithName("ListQuestionnaires");
        api.MapGet(Routes.QuestionnaireVersion,
                (string questionnaireId, string version, HttpResponse response, GetQuestionnaireVersionHandler handler) =>
                    handler.Handle(questionnaireId, version, response))
            .WithName("GetQuestionnaireVersion");
        api.MapPut(Routes.Response,
                (string cycleId, string respondentId, HttpRequest request, SubmitResponseHandler handler, CancellationToken cancellationToken) =>
                    handler.HandleAsync(cycleId, respondentId, request, cancellationToken))
            .WithName("SubmitResponse")
            // Not .Accepts<T>(): its content-type check would answer 415 before the handler, unlike the Functions app.
            .WithDescription("The body is a JSON answer naming the questionnaire version it answers in questionnaire: {id, version}.");
        api.MapGet(Routes.Response,
                (string cycleId, string respondentId, HttpResponse response, GetResponseHandler handler, CancellationToken cancellationToken) =>
                    handler.HandleAsync(cycleId, respondentId, response, cancellationToken))
            .WithName("GetResponse");
        return api;
    }
}
