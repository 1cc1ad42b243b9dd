using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Packaging;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>The secretariat reads the report in any of the six official languages; English when it asks for none.</summary>
[Collection(GoldenApi.Name)]
public sealed class ReportLanguageTests(ApiFixture api)
{
    private const string Cycle = "languages-2026";

    [Fact]
    public async Task TheSpanishReportHasSpanishHeadingsAndChoiceTitles()
    {
        using var secretariat = await SynthesisedAsync();

        using var asked = await secretariat.GetAsync($"/api/cycles/{Cycle}/synthesis/report.md?lang=es");
        asked.EnsureSuccessStatusCode();
        var report = await asked.Content.ReadAsStringAsync();
        Assert.Equal(["es"], asked.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", asked.Headers.Vary);
        Assert.Equal($"{Cycle}-report.es.md", asked.Content.Headers.ContentDisposition?.FileNameStar ?? asked.Content.Headers.ContentDisposition?.FileName);
        Assert.Contains($"# Cooperación mejorada: síntesis del ciclo de presentación de informes {Cycle}", report, StringComparison.Ordinal);
        Assert.Contains("## Contribuciones por grupo de partes interesadas y tipo de encuestado", report, StringComparison.Ordinal);
        Assert.Contains("| Gobiernos | 2 | 0 | 0 | 2 |", report, StringComparison.Ordinal);
        Assert.Contains("| Un grupo de trabajo de múltiples partes interesadas | 1 | 1 |", report, StringComparison.Ordinal);
        Assert.Contains("### Posición sobre la puesta en práctica: Razones\n\n*Respuesta nacional sobre la cooperación mejorada*", report, StringComparison.Ordinal);
        Assert.Contains("(español)", report, StringComparison.Ordinal);
        Assert.Contains("(inglés)", report, StringComparison.Ordinal);
        Assert.DoesNotContain("| Governments |", report, StringComparison.Ordinal);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/cycles/{Cycle}/synthesis/report.html");
        request.Headers.AcceptLanguage.Add(new StringWithQualityHeaderValue("es-AR"));
        using var negotiated = await secretariat.SendAsync(request);
        var html = await negotiated.Content.ReadAsStringAsync();
        Assert.Equal(["es"], negotiated.Content.Headers.ContentLanguage);
        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("Gobiernos", html, StringComparison.Ordinal);

        // The Word report is written from the same language's report.
        using var docx = await secretariat.GetAsync($"/api/cycles/{Cycle}/synthesis/report.docx?lang=es");
        Assert.Equal(["es"], docx.Content.Headers.ContentLanguage);
        using var word = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
        var text = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("Contribuciones por grupo de partes interesadas y tipo de encuestado", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Contributions by stakeholder group", text, StringComparison.Ordinal);

        // So is the workbook: its headings and sheet names, not its cells.
        using var xlsx = await secretariat.GetAsync($"/api/cycles/{Cycle}/synthesis/responses.xlsx?lang=es");
        Assert.Equal(["es"], xlsx.Content.Headers.ContentLanguage);
        using var workbook = SpreadsheetDocument.Open(new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync()), false);
        var sheets = workbook.WorkbookPart!.Workbook!.Sheets!.Elements<Sheet>().Select(sheet => sheet.Name!.Value).ToList();
        Assert.Contains("Columnas", sheets);
        Assert.Contains(sheets, sheet => sheet!.Contains("Respuesta nacional", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheArabicReportReadsRightToLeftAndTheEnglishIsTheDefault()
    {
        using var secretariat = await SynthesisedAsync();

        var arabic = await secretariat.GetStringAsync($"/api/cycles/{Cycle}/synthesis/report.html?lang=ar");
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabic, StringComparison.Ordinal);
        Assert.Contains("الإسبانية", arabic, StringComparison.Ordinal);

        foreach (var path in new[] { "report.md", "report.md?lang=xx" })
        {
            using var english = await secretariat.GetAsync($"/api/cycles/{Cycle}/synthesis/{path}");
            var report = await english.Content.ReadAsStringAsync();
            Assert.Equal(["en"], english.Content.Headers.ContentLanguage);
            Assert.Equal($"{Cycle}-report.md", english.Content.Headers.ContentDisposition?.FileNameStar ?? english.Content.Headers.ContentDisposition?.FileName);
            Assert.Contains("| Governments | 2 | 0 | 0 | 2 |", report, StringComparison.Ordinal);
            Assert.Contains("### Position on implementation: Reasons", report, StringComparison.Ordinal);
            Assert.Contains("(Spanish)", report, StringComparison.Ordinal);
        }

        using var data = await secretariat.GetAsync($"/api/cycles/{Cycle}/synthesis/synthesis.json?lang=es");
        data.EnsureSuccessStatusCode();
        Assert.Empty(data.Content.Headers.ContentLanguage);
    }

    /// <summary>The cycle closed and synthesised once: two Member States, one answering in Spanish.</summary>
    private async Task<HttpClient> SynthesisedAsync()
    {
        var secretariat = api.CreateSecretariatClient();
        var status = await secretariat.GetAsync($"/api/cycles/{Cycle}");
        if (status.IsSuccessStatusCode && JsonNode.Parse(await status.Content.ReadAsStringAsync())!["state"]!.GetValue<string>() == "synthesised")
        {
            return secretariat;
        }

        (await secretariat.PutAsJsonAsync($"/api/cycles/{Cycle}", ApiFixture.CycleDefinition(DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(1)))).EnsureSuccessStatusCode();
        (await secretariat.PostAsync($"/api/cycles/{Cycle}/open", null)).EnsureSuccessStatusCode();
        (await secretariat.PutNewAsync($"/api/cycles/{Cycle}/responses/BRA", Json(Samples.ValidAnswer("ec-member-state")))).EnsureSuccessStatusCode();
        var spanish = Samples.ValidAnswer("ec-member-state");
        spanish["respondent"]!["name"] = "Reino de España";
        spanish["consent"]!["language"] = "es";
        spanish["answers"]!["position"]!["choice"] = "multistakeholder-working-group";
        spanish["answers"]!["position"]!["reasons"] = "Los gobiernos y las partes interesadas deben colaborar en pie de igualdad.";
        (await secretariat.PutNewAsync($"/api/cycles/{Cycle}/responses/ESP", Json(spanish))).EnsureSuccessStatusCode();
        await secretariat.PostAsync($"/api/cycles/{Cycle}/close", null);
        await SynthesisWaits.UntilAsync(secretariat, Cycle, "synthesised");
        return secretariat;
    }
}
