using EcFunctions.Http;
using EcFunctions.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Questionnaires;

/// <summary><c>GET /api/questionnaires/{questionnaireId}/versions/{version}</c>.</summary>
public sealed class GetQuestionnaireVersion(GetQuestionnaireVersionHandler handler)
{
    [Function(nameof(GetQuestionnaireVersion))]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.QuestionnaireVersion)] HttpRequest request,
        string questionnaireId,
        string version) =>
        handler.Handle(questionnaireId, version, request.HttpContext.Response);
}
