using EcFunctions.Http;
using EcFunctions.Questionnaires;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Functions.Questionnaires;

/// <summary><c>GET /api/questionnaires</c>.</summary>
public sealed class ListQuestionnaires(ListQuestionnairesHandler handler)
{
    [Function(nameof(ListQuestionnaires))]
    public IResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Routes.Questionnaires)] HttpRequest request) =>
        handler.Handle();
}
