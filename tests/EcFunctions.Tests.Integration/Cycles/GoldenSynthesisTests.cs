using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using NJsonSchema;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>A separate local host and Azurite, so the registry and the numbers are exactly known.</summary>
[CollectionDefinition(Name)]
public sealed class GoldenApi : ICollectionFixture<ApiFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "golden";
}

/// <summary>
/// A fixed set of responses gives a synthesis.json byte-equal to the checked-in <c>Golden/synthesis.json</c>.
/// After an intended change, run with <c>EC_UPDATE_GOLDEN=1</c> to rewrite the file, and review its diff.
/// </summary>
[Collection(GoldenApi.Name)]
public sealed class GoldenSynthesisTests(ApiFixture api)
{
    private const string Cycle = "golden-2026";

    [Fact]
    public async Task AFixedSetOfResponsesGivesTheCheckedInSynthesis()
    {
        using var secretariat = api.CreateSecretariatClient();
        (await secretariat.PutAsJsonAsync($"/api/cycles/{Cycle}", ApiFixture.CycleDefinition(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1)))).EnsureSuccessStatusCode();
        (await secretariat.PostAsync($"/api/cycles/{Cycle}/open", null)).EnsureSuccessStatusCode();
        foreach (var (respondent, questionnaire, change) in Responses)
        {
            var answer = Samples.ValidAnswer(questionnaire);
            change(answer);
            (await secretariat.PutNewAsync($"/api/cycles/{Cycle}/responses/{respondent}", Json(answer))).EnsureSuccessStatusCode();
        }

        await secretariat.PostAsync($"/api/cycles/{Cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, Cycle, "synthesised");
        var actual = await secretariat.GetStringAsync($"/api/cycles/{Cycle}/synthesis/synthesis.json");

        var schema = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "questionnaires", "_synthesis", "1.2.0.schema.json"));
        Assert.Empty(schema.Validate(actual));
        var golden = Path.Combine(SourceFolder(), "Golden", "synthesis.json");
        if (Environment.GetEnvironmentVariable("EC_UPDATE_GOLDEN") == "1")
        {
            await File.WriteAllTextAsync(golden, actual);
        }

        Assert.Equal(await File.ReadAllTextAsync(golden), actual);

        // Germany answered "none" ([]): an answer, in the base, counted as such.
        var gaps = JsonNode.Parse(actual)!["questions"]!.AsArray().Single(question => (string?)question!["path"] == "answers.issuesNotAddressed")!;
        Assert.Equal(3, (int?)gaps["answered"]);
        Assert.Equal(("None", 1), gaps["tallies"]!.AsArray().Where(tally => (string?)tally!["value"] == "").Select(tally => ((string?)tally!["title"], (int?)tally!["total"])).Single());

        // Brazil, Kenya and Germany: shares are of those in the slice who answered, "none" included.
        var issueGroups = JsonNode.Parse(actual)!["breakdowns"]!.AsArray().Single(question => (string?)question!["path"] == "answers.issuesNotAddressed")!;
        var notLeastDeveloped = issueGroups["dimensions"]!.AsArray().Single(dimension => (string?)dimension!["dimension"] == "leastDeveloped")!["slices"]![0]!;
        var interconnection = issueGroups["values"]!.AsArray().Select(value => (string?)value!["value"]).ToList().IndexOf("international-interconnection-costs");
        Assert.Equal(("not-least-developed", 3), ((string?)notLeastDeveloped["slice"], (int?)notLeastDeveloped["answered"]));
        Assert.Equal((2, 0.6667), ((int?)notLeastDeveloped["counts"]![interconnection]!["count"], (double?)notLeastDeveloped["counts"]![interconnection]!["share"]));

        var report = await secretariat.GetStringAsync($"/api/cycles/{Cycle}/synthesis/report.md");
        Assert.Contains("| Governments | 3 | 0 | 0 | 3 |", report, StringComparison.Ordinal);
        Assert.Contains("| Intergovernmental and international organisations | 0 | 1 | 0 | 1 |", report, StringComparison.Ordinal);
        Assert.Contains("| Technical and academic community | 0 | 1 | 1 | 2 |", report, StringComparison.Ordinal);
        Assert.Contains("| Civil society | 0 | 0 | 1 | 1 |", report, StringComparison.Ordinal);
        Assert.Contains("| **Total** | 3 | 2 | 2 | 7 |", report, StringComparison.Ordinal);
        Assert.Contains("| Member State | 193 | 3 | 1.6% |", report, StringComparison.Ordinal);
        Assert.Contains("| Critical Internet resources (names, numbers, root zone) | Infrastructure | Internet Corporation for Assigned Names and Numbers |", report, StringComparison.Ordinal);
        Assert.Contains("| Socio-economic development |", report, StringComparison.Ordinal);
        Assert.Contains("| A multistakeholder working group | 1 | 1 |", report, StringComparison.Ordinal);
        Assert.Contains("### Position on implementation: Reasons\n\n*National response on enhanced cooperation*", report, StringComparison.Ordinal);
        Assert.DoesNotContain("ec-member-state", report, StringComparison.Ordinal);
        Assert.Contains("| Development | Developing countries | 2 | 1 (50%) | 1 (50%) | 0 (0%) | 0 (0%) |", report, StringComparison.Ordinal);
        Assert.Contains("| United Nations regional group | African States | 1 | 0 (0%) | 1 (100%) | 0 (0%) | 0 (0%) |", report, StringComparison.Ordinal);
        Assert.Contains("|  | Western European and other States | 1 | 0 (0%) | 0 (0%) | 1 (100%) | 0 (0%) |", report, StringComparison.Ordinal);
        Assert.Contains("| Least developed countries | Other Member States | 3 | 1 (33.3%) | 1 (33.3%) | 1 (33.3%) | 0 (0%) |", report, StringComparison.Ordinal);
        Assert.Contains("| Region | Region not stated | 2 | 2 (100%) | 2 (100%) | 0 (0%) |", report, StringComparison.Ordinal);
        Assert.Contains("| 1 | International interconnection costs | 2 of 3 (66.7%) | 0 of 1 (0%) | 0 of 1 (0%) | International Telecommunication Union |  | **yes** |", report, StringComparison.Ordinal);
    }

    private static readonly (string Respondent, string Questionnaire, Action<JsonObject> Change)[] Responses =
    [
        ("BRA", "ec-member-state", _ => { }),
        ("KEN", "ec-member-state", answer =>
        {
            answer["respondent"]!["name"] = "Republic of Kenya";
            answer["consent"]!["citation"] = "aggregate-only";
            answer["answers"]!["issuesNotAddressed"] = new JsonArray("international-interconnection-costs", "affordability-and-universal-access");
            answer["answers"]!["position"]!["choice"] = "build-on-existing-mechanisms";
        }),
        ("DEU", "ec-member-state", answer =>
        {
            answer["respondent"]!["name"] = "Germany";
            answer["answers"]!["issuesNotAddressed"] = new JsonArray();
            answer["answers"]!["position"]!["choice"] = "multistakeholder-working-group";
            answer["answers"]!["nationalConsultations"] = new JsonObject { ["held"] = false };
        }),
        ("itu", "ec-organisation", _ => { }),
        ("icann", "ec-organisation", answer =>
        {
            answer["respondent"]!["name"] = "ICANN";
            answer["answers"]!["issues"] = new JsonArray("critical-internet-resources", "connectivity-and-stability");
            answer["answers"]!["newMechanism"]!["view"] = "not-needed";
        }),
        ("apc", "ec-stakeholder", _ => { }),
        ("diplo", "ec-stakeholder", answer =>
        {
            answer["respondent"]!["name"] = "DiploFoundation";
            answer["consent"]!["citation"] = "cite-by-name";
            answer["answers"]!["extentImplemented"] = "partially";
        }),
    ];

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
