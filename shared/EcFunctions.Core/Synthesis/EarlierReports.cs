using System.Text.Json;
using EcFunctions.Cycles;
using EcFunctions.Respondents;
using EcFunctions.Responses;
using EcFunctions.Storage;

namespace EcFunctions.Synthesis;

/// <summary>An organisation's last submitted report before a cycle: the issues it worked on then, and whether it consented to be named.</summary>
public sealed record EarlierReport(string RespondentId, string DisplayName, bool Named, string CycleId, IReadOnlySet<string> Issues);

/// <summary>
/// Finds what organisations that did not report in a cycle said in their last report: an organisation
/// that skipped a year has not stopped working on its issues, and a gap analysis that counted it as
/// working on nothing would call issues neglected that are not.
/// </summary>
public sealed class EarlierReports(CycleStore cycles, ResponseStore responses)
{
    /// <summary>
    /// The last submitted, not withdrawn, report of each of <paramref name="organisations"/> in a closed cycle
    /// that closed before <paramref name="cycle"/>; organisations that never reported are left out.
    /// </summary>
    public async Task<IReadOnlyList<EarlierReport>> ReadAsync(
        CycleEntity cycle, IEnumerable<Respondent> organisations, CancellationToken cancellationToken = default)
    {
        var earlier = (await cycles.ListAsync(cancellationToken))
            .Where(other => other.PartitionKey != cycle.PartitionKey && other.ClosesAt < cycle.ClosesAt && CycleState.AfterClose.Contains(other.State))
            .OrderByDescending(other => other.ClosesAt)
            .Select(other => other.PartitionKey)
            .ToList();
        if (earlier.Count == 0)
        {
            return [];
        }

        var found = await Task.WhenAll(organisations.Select(organisation => LastAsync(organisation, earlier, cancellationToken)));
        return [.. found.OfType<EarlierReport>().OrderBy(report => report.RespondentId, StringComparer.Ordinal)];
    }

    private async Task<EarlierReport?> LastAsync(Respondent organisation, IReadOnlyList<string> newestFirst, CancellationToken cancellationToken)
    {
        foreach (var cycleId in newestFirst)
        {
            if ((await responses.GetResponseIfExistsAsync(cycleId, organisation.Id, cancellationToken))?.Submitted() is not { } submitted)
            {
                continue;
            }

            using var answer = JsonDocument.Parse(await responses.ReadRevisionAsync(submitted, cancellationToken));
            return new EarlierReport(
                organisation.Id, organisation.DisplayName,
                AnswerValues.CitesByName(answer.RootElement),
                cycleId,
                AnswerValues.At(answer.RootElement, SynthesisPaths.OrganisationIssues).ToHashSet(StringComparer.Ordinal));
        }

        return null;
    }
}
