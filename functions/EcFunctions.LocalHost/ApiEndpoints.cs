using EcFunctions.Access;
using EcFunctions.Attachments;
using EcFunctions.Audit;
using EcFunctions.Contributions;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Responses;

namespace EcFunctions.LocalHost;

/// <summary>
/// The local host's adapters: each maps one route of <see cref="Routes"/> onto its handler, as the
/// Functions app's trigger classes do: bind (the caller through <see cref="CurrentCaller"/>), call, return.
/// A test keeps the two route sets equal. What each takes and answers is described for the OpenAPI
/// document in <see cref="OpenApi.OperationContracts"/>, by endpoint name, rather than with
/// <c>.Accepts&lt;T&gt;()</c>, whose content-type check would answer 415 before the handler, unlike the Functions app.
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Maps every API route onto <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapEcFunctionsApi(this RouteGroupBuilder api)
    {
        api.MapGet(Routes.OpenApiDocument, (GetOpenApiDocumentHandler handler) => handler.Handle())
            .WithName("GetOpenApiDocument");
        api.MapGet(Routes.Questionnaires, (ListQuestionnairesHandler handler) => handler.Handle())
            .WithName("ListQuestionnaires")
            .WithMetadata(new StartupWork.NeedsNoStartupWork());
        api.MapGet(Routes.QuestionnaireVersion,
                (string questionnaireId, string version, HttpResponse response, GetQuestionnaireVersionHandler handler) =>
                    handler.Handle(questionnaireId, version, response))
            .WithName("GetQuestionnaireVersion");
        api.MapGet(Routes.QuestionnaireLayout,
                (string questionnaireId, string version, HttpResponse response, GetQuestionnaireLayoutHandler handler) =>
                    handler.Handle(questionnaireId, version, response))
            .WithName("GetQuestionnaireLayout");
        api.MapGet(Routes.Caller, (CurrentCaller caller) => GetCallerHandler.Handle(caller.Value))
            .WithName("GetCaller");

        api.MapPut(Routes.Response,
                async (string cycleId, string respondentId, HttpRequest request, CurrentCaller caller, SubmitResponseHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, request, cancellationToken))
            .WithName("SubmitResponse");
        api.MapGet(Routes.Response,
                async (string cycleId, string respondentId, HttpRequest request, CurrentCaller caller, GetResponseHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, request.HttpContext.Response, cancellationToken))
            .WithName("GetResponse");
        api.MapPut(Routes.ResponseDraft,
                async (string cycleId, string respondentId, HttpRequest request, CurrentCaller caller, SaveDraftHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, request, cancellationToken))
            .WithName("SaveDraft");
        api.MapPost(Routes.ResponseWithdrawal,
                async (string cycleId, string respondentId, HttpRequest request, CurrentCaller caller, WithdrawResponseHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, request, cancellationToken))
            .WithName("WithdrawResponse");
        api.MapGet(Routes.ResponseRevisions,
                async (string cycleId, string respondentId, CurrentCaller caller, ListRevisionsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, cancellationToken))
            .WithName("ListRevisions");
        api.MapGet(Routes.ResponseRevision,
                async (string cycleId, string respondentId, string revision, HttpResponse response, CurrentCaller caller, GetRevisionHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, revision, response, cancellationToken))
            .WithName("GetRevision");

        api.MapPost(Routes.Attachments,
                async (string cycleId, string respondentId, HttpRequest request, CurrentCaller caller, UploadAttachmentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, request, cancellationToken))
            .WithName("UploadAttachment");
        api.MapGet(Routes.Attachments,
                async (string cycleId, string respondentId, CurrentCaller caller, ListAttachmentsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, cancellationToken))
            .WithName("ListAttachments");
        api.MapGet(Routes.Attachment,
                async (string cycleId, string respondentId, string attachmentId, CurrentCaller caller, GetAttachmentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, respondentId, attachmentId, cancellationToken))
            .WithName("GetAttachment");

        api.MapGet(Routes.Respondents,
                async (CurrentCaller caller, ListRespondentsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cancellationToken))
            .WithName("ListRespondents");
        api.MapGet(Routes.Respondent,
                async (string respondentId, CurrentCaller caller, GetRespondentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, respondentId, cancellationToken))
            .WithName("GetRespondent");
        api.MapPut(Routes.Respondent,
                async (string respondentId, HttpRequest request, CurrentCaller caller, PutRespondentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, respondentId, request, cancellationToken))
            .WithName("PutRespondent");
        api.MapDelete(Routes.Respondent,
                async (string respondentId, CurrentCaller caller, DeactivateRespondentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, respondentId, cancellationToken))
            .WithName("DeactivateRespondent");
        api.MapPost(Routes.RespondentImports,
                async (HttpRequest request, CurrentCaller caller, ImportRespondentsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, request, cancellationToken))
            .WithName("ImportRespondents");

        api.MapPost(Routes.RespondentTokens,
                async (string respondentId, CurrentCaller caller, IssueRespondentTokenHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, respondentId, cancellationToken))
            .WithName("IssueRespondentToken");
        api.MapPost(Routes.SecretariatTokens,
                async (CurrentCaller caller, IssueSecretariatTokenHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cancellationToken))
            .WithName("IssueSecretariatToken");
        api.MapDelete(Routes.Token,
                async (string tokenId, CurrentCaller caller, RevokeTokenHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, tokenId, cancellationToken))
            .WithName("RevokeToken");
        api.MapGet(Routes.Audit,
                async (HttpRequest request, CurrentCaller caller, ListAuditEventsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, request, cancellationToken))
            .WithName("ListAuditEvents");
        api.MapGet(Routes.Cycles,
                async (CurrentCaller caller, ListCyclesHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cancellationToken))
            .WithName("ListCycles");
        api.MapGet(Routes.CycleRespondents,
                async (string cycleId, CurrentCaller caller, ListCycleRespondentsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, cancellationToken))
            .WithName("ListCycleRespondents");
        api.MapGet(Routes.Contributions,
                async (string cycleId, CurrentCaller caller, ListContributionsHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, cancellationToken))
            .WithName("ListContributions");
        api.MapPut(Routes.Contribution,
                async (string cycleId, string contributionId, HttpRequest request, CurrentCaller caller, PutContributionHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, contributionId, request, cancellationToken))
            .WithName("PutContribution");
        api.MapDelete(Routes.Contribution,
                async (string cycleId, string contributionId, CurrentCaller caller, DeleteContributionHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, contributionId, cancellationToken))
            .WithName("DeleteContribution");
        api.MapPut(Routes.ContributionDocument,
                async (string cycleId, string contributionId, HttpRequest request, CurrentCaller caller, PutContributionDocumentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, contributionId, request, cancellationToken))
            .WithName("PutContributionDocument");
        api.MapGet(Routes.ContributionDocument,
                async (string cycleId, string contributionId, CurrentCaller caller, GetContributionDocumentHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, contributionId, cancellationToken))
            .WithName("GetContributionDocument");
        api.MapGet(Routes.Cycle,
                async (string cycleId, CurrentCaller caller, GetCycleHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, cancellationToken))
            .WithName("GetCycle");
        api.MapPut(Routes.Cycle,
                async (string cycleId, HttpRequest request, CurrentCaller caller, PutCycleHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, request, cancellationToken))
            .WithName("PutCycle");
        api.MapPost(Routes.CycleOpening,
                async (string cycleId, CurrentCaller caller, OpenCycleHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, cancellationToken))
            .WithName("OpenCycle");
        api.MapPost(Routes.CycleClosing,
                async (string cycleId, CurrentCaller caller, CloseCycleHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, cancellationToken))
            .WithName("CloseCycle");
        api.MapGet(Routes.Synthesis,
                async (string cycleId, CurrentCaller caller, GetSynthesisHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, cancellationToken))
            .WithName("GetSynthesis");
        api.MapPost(Routes.Synthesis,
                async (string cycleId, HttpRequest request, CurrentCaller caller, RequestSynthesisHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, request, cancellationToken))
            .WithName("RequestSynthesis");
        api.MapGet(Routes.SynthesisOutput,
                async (string cycleId, string name, HttpResponse response, CurrentCaller caller, GetSynthesisOutputHandler handler, CancellationToken cancellationToken) =>
                    await handler.HandleAsync(caller.Value, cycleId, name, response, cancellationToken))
            .WithName("GetSynthesisOutput");
        return api;
    }
}
