using EcFunctions.Access;
using EcFunctions.Attachments;
using EcFunctions.Audit;
using EcFunctions.Contributions;
using EcFunctions.Cycles;
using EcFunctions.Http;
using EcFunctions.Questionnaires;
using EcFunctions.Respondents;
using EcFunctions.Responses;
using EcFunctions.Storage;
using EcFunctions.Synthesis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcFunctions;

/// <summary>The one composition root, used by the Functions app and the local host alike.</summary>
public static class EcFunctionsExtensions
{
    /// <summary>Registers options, storage clients, the questionnaire catalogue and every handler.</summary>
    public static IHostApplicationBuilder AddEcFunctions(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<QuestionnaireOptions>().BindConfiguration(QuestionnaireOptions.Section)
            .ValidateOnStart().ValidateWith<QuestionnaireOptions, QuestionnaireOptionsValidator>();
        services.AddOptions<RequestOptions>().BindConfiguration(RequestOptions.Section)
            .ValidateOnStart().ValidateWith<RequestOptions, RequestOptionsValidator>();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section)
            .ValidateOnStart().ValidateWith<StorageOptions, StorageOptionsValidator>();
        services.AddOptions<AttachmentOptions>().BindConfiguration(AttachmentOptions.Section)
            .ValidateOnStart().ValidateWith<AttachmentOptions, AttachmentOptionsValidator>();
        services.AddOptions<SynthesisOptions>().BindConfiguration(SynthesisOptions.Section)
            .ValidateOnStart().ValidateWith<SynthesisOptions, SynthesisOptionsValidator>();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(auth => auth.EasyAuthRespondentMap() is not null,
                "Auth:EasyAuthRespondents must be 'name=respondentId' pairs separated by ';', each name once.")
            .ValidateOnStart();

        services.AddStorageClients(builder.Configuration);
        services.AddHostedService<AzureSdkLogs>();

        services.AddSingleton(TimeProvider.System);
        // The catalogue is parsed once and immutable afterwards. Its loading starts first of all the
        // host's services, ahead of the server or the Functions worker's channel (registered before this
        // runs), so it is complete before a request can ask for it; the local host, which starts its
        // services side by side, holds requests until it is (StartupWork). Only a host never started
        // (tests composing the worker, the token command) waits for it here.
        services.AddSingleton<CatalogueLoading>();
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(provider => provider.GetRequiredService<CatalogueLoading>()));
        services.AddSingleton(provider => provider.GetRequiredService<CatalogueLoading>().Catalogue.GetAwaiter().GetResult());
        services.AddSingleton(provider => PublishedTitles.Read(provider.GetRequiredService<IOptions<QuestionnaireOptions>>().Value.FullRootPath));
        services.AddSingleton<ResponseStore>();
        services.AddSingleton<RespondentStore>();
        services.AddSingleton<ContributionStore>();
        services.AddSingleton<ContributionDocuments>();
        services.AddSingleton<TokenStore>();
        services.AddSingleton<CallerIdentity>();
        services.AddSingleton<CycleStore>();
        services.AddSingleton<CycleTransitions>();
        services.AddSingleton<ResponseFences>();
        services.AddSingleton<SynthesisRequests>();
        services.AddSingleton<RespondentCycles>();
        services.AddSingleton<SynthesisOutputs>();
        services.AddSingleton<SynthesisCompiler>();
        services.AddSingleton<EarlierReports>();
        services.AddMetrics();
        services.AddSingleton<SynthesisMetrics>();

        services.AddSingleton<GetOpenApiDocumentHandler>();
        services.AddSingleton<ListQuestionnairesHandler>();
        services.AddSingleton<GetQuestionnaireVersionHandler>();
        services.AddSingleton<GetQuestionnaireLayoutHandler>();
        services.AddSingleton<ListCycleRespondentsHandler>();
        services.AddSingleton<IdempotentRequests>();
        services.AddSingleton<RequestDeadline>();
        services.AddSingleton<AuditTrail>();
        services.AddSingleton<AuditDrain>();
        services.AddHostedService(provider => provider.GetRequiredService<AuditDrain>());
        services.AddSingleton<ListAuditEventsHandler>();
        services.AddSingleton<ResponseTargets>();
        services.AddSingleton<OpenCycles>();
        services.AddSingleton<RecentHeads>();
        services.AddSingleton<AttachmentStore>();
        services.AddSingleton<AttachmentReferences>();
        services.AddSingleton<UploadAttachmentHandler>();
        services.AddSingleton<ListAttachmentsHandler>();
        services.AddSingleton<GetAttachmentHandler>();
        services.AddSingleton<ResponseWriter>();
        services.AddSingleton<SubmitResponseHandler>();
        services.AddSingleton<SaveDraftHandler>();
        services.AddSingleton<WithdrawResponseHandler>();
        services.AddSingleton<ListRevisionsHandler>();
        services.AddSingleton<GetRevisionHandler>();
        services.AddSingleton<GetResponseHandler>();
        services.AddSingleton<ListRespondentsHandler>();
        services.AddSingleton<GetRespondentHandler>();
        services.AddSingleton<PutRespondentHandler>();
        services.AddSingleton<DeactivateRespondentHandler>();
        services.AddSingleton<ImportRespondentsHandler>();
        services.AddSingleton<IssueRespondentTokenHandler>();
        services.AddSingleton<IssueSecretariatTokenHandler>();
        services.AddSingleton<RevokeTokenHandler>();
        services.AddSingleton<PutCycleHandler>();
        services.AddSingleton<OpenCycleHandler>();
        services.AddSingleton<CloseCycleHandler>();
        services.AddSingleton<RequestSynthesisHandler>();
        services.AddSingleton<GetCycleHandler>();
        services.AddSingleton<ListCyclesHandler>();
        services.AddSingleton<GetSynthesisHandler>();
        services.AddSingleton<GetSynthesisOutputHandler>();
        services.AddSingleton<CompileSynthesisHandler>();
        services.AddSingleton<PutContributionHandler>();
        services.AddSingleton<ListContributionsHandler>();
        services.AddSingleton<DeleteContributionHandler>();
        services.AddSingleton<PutContributionDocumentHandler>();
        services.AddSingleton<GetContributionDocumentHandler>();

        services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Complete);
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, EcJsonContext.Default));
        return builder;
    }

    // The options' data annotations, checked by validators generated at build time (OptionsValidators)
    // rather than by reflection, which every start paid for (README, Benchmark).
    private static void ValidateWith<TOptions, TValidator>(this OptionsBuilder<TOptions> options)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions> =>
        options.Services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
}
