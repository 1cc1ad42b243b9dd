using EcFunctions.Questionnaires;
using EcFunctions.Respondents;

namespace EcFunctions.Cycles;

/// <summary>What makes a cycle definition valid; errors are keyed by field.</summary>
public static class CycleRules
{
    /// <summary>The earliest time a cycle's window may start.</summary>
    public static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The latest time a cycle's window may end: far from the calendar's end, so windows and grace periods always compute.</summary>
    public static readonly DateTimeOffset Latest = new(2999, 12, 31, 23, 59, 59, TimeSpan.Zero);

    /// <summary>The errors of <paramref name="definition"/>; empty when it may be saved.</summary>
    public static Dictionary<string, string[]> Check(CycleDefinition definition, QuestionnaireCatalogue catalogue)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (definition.OpensAt is not { } opensAt || opensAt < Earliest || opensAt > Latest)
        {
            errors["opensAt"] = [$"Required: when answers start being accepted, in UTC, between {Earliest:yyyy-MM-dd} and {Latest:yyyy-MM-dd}."];
        }

        if (definition.ClosesAt is not { } closesAt || closesAt <= definition.OpensAt || closesAt > Latest)
        {
            errors["closesAt"] = [$"Required, after opensAt, and no later than {Latest:yyyy-MM-dd}."];
        }

        if (definition.AmendmentGracePeriod is { } grace && (grace < TimeSpan.Zero || grace > TimeSpan.FromDays(90)))
        {
            errors["amendmentGracePeriod"] = ["Must be between 0 and 90 days."];
        }

        if (GapThresholds.Check(definition.GapThreshold) is { } gapThreshold)
        {
            errors["gapThreshold"] = [gapThreshold];
        }

        foreach (var kind in RespondentKind.All)
        {
            var expected = RespondentKind.QuestionnaireId(kind);
            if (definition.Questionnaires?.GetValueOrDefault(kind) is not { } named)
            {
                errors[$"questionnaires/{kind}"] = [$"Name the version of '{expected}' that {kind} respondents answer."];
            }
            else if (named.Id != expected || catalogue.FindQuestionnaire(named) is null)
            {
                errors[$"questionnaires/{kind}"] = [$"Must be a published version of '{expected}'."];
            }
        }

        foreach (var unknown in (definition.Questionnaires?.Keys ?? []).Except(RespondentKind.All))
        {
            errors[$"questionnaires/{unknown}"] = [$"Not a respondent kind; use {string.Join(", ", RespondentKind.All)}."];
        }

        return errors;
    }
}
