using EcFunctions.Questionnaires;
using EcFunctions.Respondents;

namespace EcFunctions.Cycles;

/// <summary>What makes a cycle definition valid; errors are keyed by field.</summary>
public static class CycleRules
{
    /// <summary>The errors of <paramref name="definition"/>; empty when it may be saved.</summary>
    public static Dictionary<string, string[]> Check(CycleDefinition definition, QuestionnaireCatalogue catalogue)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (definition.OpensAt is null)
        {
            errors["opensAt"] = ["Required: when answers start being accepted, in UTC."];
        }

        if (definition.ClosesAt is null || definition.ClosesAt <= definition.OpensAt)
        {
            errors["closesAt"] = ["Required, and after opensAt."];
        }

        if (definition.AmendmentGracePeriod is { } grace && (grace < TimeSpan.Zero || grace > TimeSpan.FromDays(90)))
        {
            errors["amendmentGracePeriod"] = ["Must be between 0 and 90 days."];
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
