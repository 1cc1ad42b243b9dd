using EcFunctions.Access;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EcFunctions.Respondents;

/// <summary>Lists the registry, for the secretariat.</summary>
public sealed class ListRespondentsHandler(RespondentStore respondents)
{
    /// <summary>Every respondent, active or not, by id.</summary>
    public async Task<Results<Ok<RespondentListing>, ProblemHttpResult>> HandleAsync(
        Caller caller, CancellationToken cancellationToken = default) =>
        AccessRules.RequireSecretariat(caller) is { } denied
            ? denied
            : TypedResults.Ok(new RespondentListing(await respondents.ListAsync(cancellationToken)));
}
