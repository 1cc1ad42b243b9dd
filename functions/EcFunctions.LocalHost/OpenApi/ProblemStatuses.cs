namespace EcFunctions.LocalHost.OpenApi;

/// <summary>
/// The problems an operation can answer with: those its contract lists, and those every operation
/// shares according to who may call it and whether it reaches storage.
/// </summary>
public static class ProblemStatuses
{
    /// <summary>Every problem status of <paramref name="contract"/>'s operation, in order, with its codes.</summary>
    public static IEnumerable<(int Status, IReadOnlyList<string> Codes)> Of(OperationContract contract)
    {
        var all = contract.Problems.ToDictionary(problem => problem.Key, problem => (IReadOnlyList<string>)problem.Value);
        if (contract.Audience != Audience.Anyone)
        {
            all.Add(401, ["unauthenticated", "invalid-credentials"]);
        }

        if (contract.Audience == Audience.Secretariat)
        {
            all.Add(403, ["forbidden"]);
        }

        all.Add(414, ["uri-too-long"]);
        all.Add(431, ["headers-too-large"]);
        if (contract.UsesStorage)
        {
            all.Add(503, ["storage-unavailable"]);
        }

        return all.OrderBy(problem => problem.Key).Select(problem => (problem.Key, problem.Value));
    }

    /// <summary>What a caller should know about a status beyond its codes.</summary>
    public static string Explain(int status) => status switch
    {
        401 => "No credentials, or credentials that do not hold (unknown, expired, revoked, or of a deactivated respondent).",
        403 => "Only the secretariat may do this.",
        414 or 431 => "The path and query may hold 8 KiB, the headers 32 KiB. In Azure the platform's front end refuses larger requests itself, without a problem body.",
        503 => "Storage failed or did not answer in time, or the request ran past its deadline: send it again after Retry-After seconds; a resent write is never stored twice.",
        _ => "",
    };

    /// <summary>The response headers a problem of <paramref name="status"/> carries, by their <see cref="ApiComponents"/> name.</summary>
    public static IReadOnlyList<string> Headers(int status) => status switch
    {
        401 => [ApiComponents.WwwAuthenticate],
        503 => [ApiComponents.RetryAfter],
        _ => [],
    };
}
