using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Questionnaires;

/// <summary>The reply of <c>GET /api/questionnaires</c>.</summary>
public sealed record QuestionnaireListing(IReadOnlyList<QuestionnaireListingItem> Questionnaires);

/// <summary>A questionnaire, titled by its newest version.</summary>
public sealed record QuestionnaireListingItem(string Id, string Title, IReadOnlyList<QuestionnaireListingVersion> Versions);

/// <summary>A published version and where to fetch its schema.</summary>
public sealed record QuestionnaireListingVersion(string Version, string Title, string Href);

/// <summary>Lists the questionnaires answers may be written for.</summary>
public sealed class ListQuestionnairesHandler(PublishedTitles titles)
{
    /// <summary>Every questionnaire with its versions, oldest first.</summary>
    public Ok<QuestionnaireListing> Handle() => TypedResults.Ok(new QuestionnaireListing(titles.Questionnaires));
}
