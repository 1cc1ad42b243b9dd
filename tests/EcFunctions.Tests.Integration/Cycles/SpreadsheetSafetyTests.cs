using System.Net;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>What the secretariat opens in a spreadsheet never runs a respondent's formula.</summary>
[Collection(SharedApi.Name)]
public sealed class SpreadsheetSafetyTests(ApiFixture api)
{
    [Fact]
    public async Task ResponsesCsvWritesFormulaLikeAnswersAsText()
    {
        var cycle = await api.OpenCycleAsync();
        using var secretariat = api.CreateSecretariatClient();
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["answers"]!["capacityBuildingNeeds"] = "=HYPERLINK(\"https://evil.example\",\"Click\")";
        answer["answers"]!["position"]!["reasons"] = "@SUM(1+1)";
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/BRA", Json(answer))).StatusCode);

        await secretariat.PostAsync($"/api/cycles/{cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        var csv = await secretariat.GetStringAsync($"/api/cycles/{cycle}/synthesis/responses.csv");

        using var rows = CsvHelper.CsvReader.FromText(csv, new CsvHelper.CsvReaderOptions { HasHeader = true });
        Assert.True(rows.Read());
        Assert.Equal("'=HYPERLINK(\"https://evil.example\",\"Click\")", rows.GetString("answers.capacityBuildingNeeds"));
        Assert.Equal("'@SUM(1+1)", rows.GetString("answers.position.reasons"));
    }
}
