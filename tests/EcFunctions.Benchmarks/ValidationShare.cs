using System.Diagnostics;
using System.Text.Json;
using EcFunctions.Questionnaires;
using EcFunctions.Responses;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Benchmarks;

/// <summary>
/// What a submit spends deciding whether the answer is acceptable, as the writer does it: parse, the
/// text checks, schema validation. Timed alone on the benchmark's answer, warmed, as a median, and
/// set against a sequential submit's median latency.
/// </summary>
internal static class ValidationShare
{
    private const int Repetitions = 200;

    public static void Print(IServiceProvider services, byte[] answer, QuestionnaireRef questionnaire, double submitP50Milliseconds)
    {
        var published = services.GetRequiredService<QuestionnaireCatalogue>().FindQuestionnaire(questionnaire)
            ?? throw new InvalidOperationException($"{questionnaire.Id} {questionnaire.Version} is not published.");
        var milliseconds = new List<double>();
        for (var repetition = 0; repetition < Repetitions + 10; repetition++)
        {
            var started = Stopwatch.GetTimestamp();
            using var document = JsonDocument.Parse(answer);
            var valid = AnswerText.Problems(document.RootElement).Count == 0
                && AnswerValidator.Validate(published, document.RootElement).Count == 0;
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!valid)
            {
                throw new InvalidOperationException("The benchmark's answer is not valid.");
            }

            // The first few warm the validator.
            if (repetition >= 10)
            {
                milliseconds.Add(elapsed);
            }
        }

        var median = Statistics.Median(milliseconds);
        Console.WriteLine($"Validation of one answer: {median:F2} ms (median of {Repetitions}), {100 * median / submitP50Milliseconds:F1} % of a sequential submit's p50 ({submitP50Milliseconds:F1} ms).");
    }
}
