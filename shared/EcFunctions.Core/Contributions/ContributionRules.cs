using System.Text.RegularExpressions;
using EcFunctions.Respondents;

namespace EcFunctions.Contributions;

/// <summary>What makes a registered contribution valid; errors are keyed by the field they concern.</summary>
public static partial class ContributionRules
{
    /// <summary>
    /// Checks <paramref name="details"/> for the contribution <paramref name="id"/> against the stakeholder
    /// groups of the shared vocabulary; returns the valid contribution or the errors by field name.
    /// </summary>
    public static (Contribution? Contribution, Dictionary<string, string[]> Errors) Check(
        string id, ContributionDetails details, IReadOnlyCollection<string> stakeholderGroups)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string field, string message) => errors[field] = [.. errors.GetValueOrDefault(field, []), message];

        if (details.Channel is null || !ContributionChannel.All.Contains(details.Channel))
        {
            Fail("channel", $"Must be one of {Quote(ContributionChannel.All)}.");
        }

        if (string.IsNullOrWhiteSpace(details.Author) || details.Author.Length > 300)
        {
            Fail("author", "Must be 1 to 300 characters.");
        }
        else if (RespondentRules.NameProblem(details.Author) is { } problem)
        {
            Fail("author", problem);
        }

        if (details.StakeholderGroup is null || !stakeholderGroups.Contains(details.StakeholderGroup))
        {
            Fail("stakeholderGroup", $"Must be one of {Quote(stakeholderGroups)}.");
        }

        if (string.IsNullOrWhiteSpace(details.Title))
        {
            if (details.Channel == ContributionChannel.Written)
            {
                Fail("title", "A written contribution has a title: the document's own.");
            }
        }
        else if (details.Title.Length > 500)
        {
            Fail("title", "Must be at most 500 characters.");
        }
        else if (RespondentRules.NameProblem(details.Title) is { } problem)
        {
            Fail("title", problem);
        }

        if (details.Language is null || !LanguageTag().IsMatch(details.Language))
        {
            Fail("language", "Must be a BCP 47 language tag, e.g. 'en', 'fr' or 'pt-BR'.");
        }

        if (details.Received is null)
        {
            Fail("received", "Say when the secretariat received it, as a date: 'YYYY-MM-DD'.");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new Contribution(id, details.Channel!, details.Author!.Trim(), details.StakeholderGroup!,
                string.IsNullOrWhiteSpace(details.Title) ? null : details.Title.Trim(), details.Language!, details.Received!.Value,
                details.Named ?? false), errors);
    }

    private static string Quote(IEnumerable<string> values) => string.Join(", ", values.Select(value => $"'{value}'"));

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
