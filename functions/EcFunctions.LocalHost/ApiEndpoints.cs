using EcFunctions.Access;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Responses;

namespace EcFunctions.LocalHost;

/// <summary>
/// The local host's adapters: each maps one route of <see cref="Routes"/> onto its handler, as the
/// Functions app's trigger classes do: identify the caller, call the handler, return its result.
/// A test keeps the two route sets equal.
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
                async (string cycleId, string respondentId, HttpRequest request, CallerIdentity callers, SubmitResponseHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, respondentId, request, cancellationToken))
            .WithName("SubmitResponse")
            // Not .Accepts<T>(): its content-type check would answer 415 before the handler, unlike the Functions app.
            .WithDescription("The body is a JSON answer naming the questionnaire version it answers in questionnaire: {id, version}.");
        api.MapGet(Routes.Response,
                async (string cycleId, string respondentId, HttpRequest request, CallerIdentity callers, GetResponseHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, respondentId, request.HttpContext.Response, cancellationToken))
            .WithName("GetResponse");

        api.MapGet(Routes.Respondents,
                async (HttpRequest request, CallerIdentity callers, ListRespondentsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cancellationToken))
            .WithName("ListRespondents");
        api.MapGet(Routes.Respondent,
                async (string respondentId, HttpRequest request, CallerIdentity callers, GetRespondentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), respondentId, cancellationToken))
            .WithName("GetRespondent");
        api.MapPut(Routes.Respondent,
                async (string respondentId, HttpRequest request, CallerIdentity callers, PutRespondentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), respondentId, request, cancellationToken))
            .WithName("PutRespondent");
        api.MapDelete(Routes.Respondent,
                async (string respondentId, HttpRequest request, CallerIdentity callers, DeactivateRespondentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), respondentId, cancellationToken))
            .WithName("DeactivateRespondent");
        api.MapPost(Routes.RespondentImports,
                async (HttpRequest request, CallerIdentity callers, ImportRespondentsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), request, cancellationToken))
            .WithName("ImportRespondents")
            .WithDescription("The body is text/csv with the header id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail.");

        api.MapPost(Routes.RespondentTokens,
                async (string respondentId, HttpRequest request, CallerIdentity callers, IssueRespondentTokenHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), respondentId, cancellationToken))
            .WithName("IssueRespondentToken");
        api.MapPost(Routes.SecretariatTokens,
                async (HttpRequest request, CallerIdentity callers, IssueSecretariatTokenHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cancellationToken))
            .WithName("IssueSecretariatToken");
        api.MapDelete(Routes.Token,
                async (string tokenId, HttpRequest request, CallerIdentity callers, RevokeTokenHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), tokenId, cancellationToken))
            .WithName("RevokeToken");
        api.MapGet(Routes.Cycles,
                async (HttpRequest request, CallerIdentity callers, ListCyclesHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cancellationToken))
            .WithName("ListCycles");
        api.MapGet(Routes.Cycle,
                async (string cycleId, HttpRequest request, CallerIdentity callers, GetCycleHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, cancellationToken))
            .WithName("GetCycle");
        api.MapPut(Routes.Cycle,
                async (string cycleId, HttpRequest request, CallerIdentity callers, PutCycleHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, request, cancellationToken))
            .WithName("PutCycle");
        api.MapPost(Routes.CycleOpening,
                async (string cycleId, HttpRequest request, CallerIdentity callers, OpenCycleHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, cancellationToken))
            .WithName("OpenCycle");
        api.MapPost(Routes.CycleClosing,
                async (string cycleId, HttpRequest request, CallerIdentity callers, CloseCycleHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, cancellationToken))
            .WithName("CloseCycle");
        api.MapGet(Routes.Synthesis,
                async (string cycleId, HttpRequest request, CallerIdentity callers, GetSynthesisHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, cancellationToken))
            .WithName("GetSynthesis");
        api.MapPost(Routes.Synthesis,
                async (string cycleId, HttpRequest request, CallerIdentity callers, RequestSynthesisHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, cancellationToken))
            .WithName("RequestSynthesis");
        api.MapGet(Routes.SynthesisOutput,
                async (string cycleId, string name, HttpRequest request, CallerIdentity callers, GetSynthesisOutputHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(await callers.IdentifyAsync(request, cancellationToken), cycleId, name, cancellationToken))
            .WithName("GetSynthesisOutput");
        return api;
    }
}
