using EcFunctions.Http;
using EcFunctions.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Questionnaires;

/// <summary><c>GET /api/questionnaires/{questionnaireId}/versions/{version}/layout</c>.</summary>
public sealed class GetQuestionnaireLayout(GetQuestionnaireLayoutHandler handler)
{
    [Function(nameof(GetQuestionnaireLayout))]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.QuestionnaireLayout)] HttpRequest request,
        string questionnaireId,
        string version) =>
        handler.Handle(questionnaireId, version, request.HttpContext.Response);
}
