using System.Globalization;
using EcFunctions.Access;
using EcFunctions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;

namespace EcFunctions.Audit;

/// <summary>
/// Reads the audit trail (secretariat only), a page at a time: <c>?cycleId=</c> and
/// <c>?respondentId=</c> filter, <c>?pageSize=</c> (1 to 1000, default 100) sizes the page, and
/// <c>next</c> links to the following one.
/// </summary>
public sealed class ListAuditEventsHandler(AuditTrail trail)
{
    private const int DefaultPageSize = 100;
    private const int MaxPageSize = 1000;

    /// <summary>200 with a page of events; 400 for a bad filter.</summary>
    public async Task<Results<Ok<AuditPage>, ProblemHttpResult>> HandleAsync(
        Caller caller, HttpRequest request, CancellationToken cancellationToken = default)
    {
        if (AccessRules.RequireSecretariat(caller) is { } denied)
        {
            return denied;
        }

        var cycleId = Single(request, "cycleId");
        var respondentId = Single(request, "respondentId");
        foreach (var (name, value) in (ReadOnlySpan<(string, string?)>)[("cycle id", cycleId), ("respondent id", respondentId)])
        {
            if (value is not null && !Identifiers.IsValid(value))
            {
                return Problems.InvalidIdentifier(name, value);
            }
        }

        var pageSize = DefaultPageSize;
        if (Single(request, "pageSize") is { } size
            && (!int.TryParse(size, NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return Problems.InvalidQuery("pageSize", $"'{size}' is not a page size from 1 to {MaxPageSize}.");
        }

        var (events, continuation) = await trail.ReadAsync(cycleId, respondentId, Single(request, "page"), pageSize, cancellationToken);
        var next = continuation is null ? null : QueryHelpers.AddQueryString(
            Links.Audit(),
            new Dictionary<string, string?> { ["cycleId"] = cycleId, ["respondentId"] = respondentId, ["pageSize"] = pageSize.ToString(CultureInfo.InvariantCulture), ["page"] = continuation }
                .Where(pair => pair.Value is not null));
        return TypedResults.Ok(new AuditPage(events, next));
    }

    private static string? Single(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 ? values[^1] : null;
}
