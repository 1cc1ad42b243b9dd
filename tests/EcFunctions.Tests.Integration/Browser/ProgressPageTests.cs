using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EcFunctions.Tests.Integration.Browser;

/// <summary>The secretariat follows a cycle in the browser: progress, invitations, closing, the report.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ProgressPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheSecretariatSeesWhoAnsweredInvitesClosesTheCycleAndGetsTheReport()
    {
        var cycleId = await browser.OpenCycleAsync();
        using var secretariat = browser.SecretariatClient();
        var answer = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "ec-member-state.valid.json")))!;
        answer["questionnaire"]!["version"] = "1.1.0";
        (await secretariat.PutNewAsync($"api/cycles/{cycleId}/responses/BRA", HttpContentExtensions.Json(answer))).EnsureSuccessStatusCode();
        var link = await (await secretariat.PostAsync("api/secretariat/tokens", null)).Content.ReadFromJsonAsync<JsonObject>();
        var page = await browser.NewPageAsync();

        await page.GotoAsync((string)link!["invitationLink"]!);
        await page.GetByRole(AriaRole.Link, new() { Name = cycleId }).ClickAsync();

        var brazil = page.Locator("tr[data-respondent='BRA']");
        await Expect(brazil.GetByTestId("respondent-state")).ToHaveTextAsync("Submitted");
        await Expect(page.GetByTestId("count-submitted")).ToHaveTextAsync("1");
        await Expect(page.Locator("tr[data-respondent='KEN']").GetByTestId("respondent-state")).ToHaveTextAsync("Not started");
        await page.GetByLabel("State", new() { Exact = true }).SelectOptionAsync("submitted");
        await Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "progress.png"), FullPage = true });

        await brazil.GetByRole(AriaRole.Button, new() { Name = "Issue link for Brazil" }).ClickAsync();
        var invitation = await brazil.GetByLabel("Invitation link for Brazil").InputValueAsync();
        Assert.StartsWith($"{browser.BaseAddress}#token=ec_", invitation, StringComparison.Ordinal);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Close the cycle" }).ClickAsync();
        await Expect(page.GetByTestId("cycle-state")).Not.ToHaveTextAsync("open");
        var report = page.GetByRole(AriaRole.Button, new() { Name = "Download the report (report.html)" });
        for (var attempt = 0; attempt < 60 && !await report.IsVisibleAsync(); attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            await page.GetByRole(AriaRole.Button, new() { Name = "Refresh" }).ClickAsync();
        }

        var download = await page.RunAndWaitForDownloadAsync(() => report.ClickAsync());
        var html = await File.ReadAllTextAsync((await download.PathAsync())!);
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(cycleId, html, StringComparison.Ordinal);
        Assert.Contains("Brazil", html, StringComparison.Ordinal);

        // The report comes in the page's language.
        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("es");
        var spanish = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Descargar el informe (report.html)" }).ClickAsync());
        Assert.Equal($"{cycleId}-report.es.html", spanish.SuggestedFilename);
        Assert.Contains("<html lang=\"es\">", await File.ReadAllTextAsync((await spanish.PathAsync())!), StringComparison.Ordinal);
        await page.GetByLabel("Idioma", new() { Exact = true }).SelectOptionAsync("en");

        // The threshold is chosen once the answers are in: the synthesis runs again with it.
        await page.GetByLabel("Gap threshold: share of responding Member States (%)").FillAsync("100");
        await page.GetByRole(AriaRole.Button, new() { Name = "Compile the synthesis again" }).ClickAsync();
        double? threshold = null;
        for (var attempt = 0; attempt < 60 && threshold != 1.0; attempt++)
        {
            await page.WaitForTimeoutAsync(500);
            var synthesis = await secretariat.GetAsync($"api/cycles/{cycleId}/synthesis/synthesis.json");
            threshold = synthesis.IsSuccessStatusCode ? (double?)(await synthesis.Content.ReadFromJsonAsync<JsonObject>())!["gaps"]!["threshold"] : null;
        }

        Assert.Equal(1.0, threshold);
    }
}
