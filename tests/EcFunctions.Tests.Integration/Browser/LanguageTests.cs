using System.Net.Http.Json;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EcFunctions.Tests.Integration.Browser;

/// <summary>The form speaks the browser's language: Arabic right to left, Spanish counted like any answer.</summary>
[Collection(SharedBrowser.Name)]
public sealed class LanguageTests(BrowserFixture browser)
{
    [Fact]
    public async Task AnArabicBrowserGetsTheQuestionnaireInArabicRightToLeft()
    {
        var cycleId = await browser.OpenCycleAsync();
        var invitation = await browser.InviteAsync("EGY");
        var page = await browser.NewPageAsync(locale: "ar-EG");

        await page.GotoAsync(invitation.InvitationLink!);
        await page.Locator($"a[href='#/cycles/{cycleId}']").ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Translations.Text("ec-member-state/1.1.0", "ar", "/title"), Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        Assert.Equal("rtl", await page.Locator("form").EvaluateAsync<string>("form => getComputedStyle(form).direction"));
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = Message("ar", "saveDraft") })).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "form-ar.png") });
    }

    [Fact]
    public async Task ASpanishFocalPointsAnswerIsCountedByTheEnglishSynthesis()
    {
        var cycleId = await browser.OpenCycleAsync();
        var invitation = await browser.InviteAsync("CHL");
        var page = await browser.NewPageAsync(locale: "es-CL");
        await page.GotoAsync(invitation.InvitationLink!);
        await page.Locator($"a[href='#/cycles/{cycleId}']").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Translations.Text("ec-member-state/1.1.0", "es", "/title"), Level = 1 })).ToBeVisibleAsync();

        await page.Locator("#root_respondent_name").FillAsync("República de Chile");
        await page.GetByLabel(Translations.Text("_vocabulary/1.0.0", "es", "/definitions/policyIssue/x-enumTitles/spam")).CheckAsync();
        await page.Locator("[id='root_consent_citation-0']").CheckAsync();
        await Expect(page.Locator("#root_consent_language")).ToHaveValueAsync("es");
        await page.Locator("[id='root_answers_nationalConsultations_held-1']").CheckAsync();
        await page.GetByLabel(Translations.Text("ec-member-state/1.1.0", "es", "/answers/position/choice/ui:enumNames/other", "layout")).CheckAsync();
        await page.Locator("#root_answers_position_reasons").FillAsync("Un enfoque propio, explicado en el documento adjunto.");
        await page.Locator("button[type='submit']").ClickAsync();
        await Expect(page.GetByTestId("receipt-revision")).ToHaveTextAsync("1");

        using var secretariat = browser.SecretariatClient();
        (await secretariat.PostAsync($"api/cycles/{cycleId}/close", null)).EnsureSuccessStatusCode();
        await SynthesisWaits.UntilAsync(secretariat, cycleId, "synthesised");
        var synthesis = await secretariat.GetFromJsonAsync<JsonObject>($"api/cycles/{cycleId}/synthesis/synthesis.json");

        var csv = await secretariat.GetStringAsync($"api/cycles/{cycleId}/synthesis/responses.csv");

        Assert.Equal(1, (int)synthesis!["responses"]!);
        Assert.Contains("spam", synthesis["questions"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains("CHL", csv, StringComparison.Ordinal);
        Assert.Contains("Un enfoque propio", csv, StringComparison.Ordinal);
        var stored = await secretariat.GetFromJsonAsync<JsonObject>($"api/cycles/{cycleId}/responses/CHL");
        Assert.Equal("es", (string?)stored!["consent"]!["language"]);
    }

    [Fact]
    public async Task TheLanguageIsSwitchedInThePageAndRemembered()
    {
        var invitation = await browser.InviteAsync("MAR");
        var page = await browser.NewPageAsync();
        await page.GotoAsync(invitation.InvitationLink!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your reporting cycles" })).ToBeVisibleAsync();

        await page.GetByLabel("Language", new() { Exact = true }).SelectOptionAsync("fr");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Message("fr", "yourCycles") })).ToBeVisibleAsync();
        await page.ReloadAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = Message("fr", "yourCycles") })).ToBeVisibleAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
    }

    // A text of the web app in one language, from its source file (web/src/i18n/<language>.ts).
    private static string Message(string language, string key)
    {
        var source = File.ReadAllText(Path.Combine(EcFunctions.LocalHost.DevelopmentStorage.RepositoryRoot.Find(), "web", "src", "i18n", $"{language}.ts"));
        var text = System.Text.RegularExpressions.Regex.Match(source, $@"^\s*{key}:\s*(""(?:[^""\\]|\\.)*"")", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[1].Value;
        return System.Text.Json.JsonSerializer.Deserialize<string>(text)!;
    }

}
