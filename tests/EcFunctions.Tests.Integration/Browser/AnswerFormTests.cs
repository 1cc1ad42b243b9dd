using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcFunctions.Access;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EcFunctions.Tests.Integration.Browser;

/// <summary>A focal point answers in the browser: from the invitation link to the receipt.</summary>
[Collection(SharedBrowser.Name)]
public sealed class AnswerFormTests(BrowserFixture browser)
{
    private const string CriticalResources = "Critical Internet resources (names, numbers, root zone)";
    private const string CiteByName = "Yes: the secretariat may cite these answers with our name";
    private const string AggregateOnly = "No: use these answers only in aggregate, attributed to our stakeholder group and region";

    [Fact]
    public async Task AFocalPointOpensTheLinkSavesADraftResumesAfterAReloadAndSubmits()
    {
        var cycleId = await browser.OpenCycleAsync();
        var page = await OpenFormAsync(cycleId, "KEN");

        Assert.DoesNotContain("token", page.Url, StringComparison.Ordinal);
        // Choices by their titles, grouped by level; consent never chosen for the respondent.
        await Expect(page.GetByRole(AriaRole.Group, new() { Name = "Socio-economic development" })).ToBeVisibleAsync();
        Assert.DoesNotContain("critical-internet-resources", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.False(await page.GetByLabel(CiteByName).IsCheckedAsync());
        Assert.False(await page.GetByLabel(AggregateOnly).IsCheckedAsync());
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        await page.Locator("#root_respondent_name").FillAsync("Republic of Kenya");
        await page.GetByLabel(CriticalResources).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Draft saved" })).ToBeVisibleAsync();

        await page.ReloadAsync();
        await Expect(page.Locator("#root_respondent_name")).ToHaveValueAsync("Republic of Kenya");
        await Expect(page.GetByLabel(CriticalResources)).ToBeCheckedAsync();

        await CompleteAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "form.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Receipt" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("receipt-revision")).ToHaveTextAsync("2");
        await Expect(page.GetByTestId("receipt-sha256")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[0-9a-f]{64}$"));
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "receipt.png") });

        using var secretariat = browser.SecretariatClient();
        var stored = await secretariat.GetFromJsonAsync<JsonObject>($"api/cycles/{cycleId}/responses/KEN");
        Assert.Equal(("1.1.0", "Republic of Kenya", "aggregate-only", "fr"), (
            (string?)stored!["questionnaire"]!["version"], (string?)stored["respondent"]!["name"],
            (string?)stored["consent"]!["citation"], (string?)stored["consent"]!["language"]));
        Assert.Equal(["critical-internet-resources"], stored["answers"]!["issuesNotAddressed"]!.AsArray().Select(issue => (string?)issue));
    }

    [Fact]
    public async Task AnErrorTheServerFindsIsShownAtItsField()
    {
        var cycleId = await browser.OpenCycleAsync();
        var page = await OpenFormAsync(cycleId, "UGA");
        await page.Locator("#root_respondent_name").FillAsync("Republic of Uganda");
        await CompleteAsync(page);
        // The page validates with the same schema as the server, so only a client out of step with it
        // (an old cached page, another tool) sends what the server refuses: made here on the way out.
        await page.RouteAsync("**/api/cycles/*/responses/UGA", async route =>
        {
            var answer = JsonNode.Parse(route.Request.PostData!)!;
            answer["respondent"]!["name"] = new string('x', 301);
            await route.ContinueAsync(new() { PostData = Encoding.UTF8.GetBytes(answer.ToJsonString()) });
        });

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await Expect(page.Locator("#root_respondent_name__error")).ToContainTextAsync("Must be at most 300 characters long.");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Not saved" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ADraftSavedElsewhereMeanwhileIsOfferedAndNothingTypedIsLostUnasked()
    {
        var cycleId = await browser.OpenCycleAsync();
        var page = await OpenFormAsync(cycleId, "GHA");
        await page.Locator("#root_respondent_name").FillAsync("Republic of Ghana");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Draft saved" })).ToBeVisibleAsync();
        await SaveAsColleagueAsync(cycleId, "GHA", "Ministry of Communications");

        await page.Locator("#root_respondent_ministry").FillAsync("Typed here meanwhile");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Someone saved a newer version" })).ToBeVisibleAsync();
        await Expect(page.Locator("#root_respondent_ministry")).ToHaveValueAsync("Typed here meanwhile");
        await page.GetByRole(AriaRole.Button, new() { Name = "Load the newer version (discard my changes)" }).ClickAsync();
        await Expect(page.Locator("#root_respondent_ministry")).ToHaveValueAsync("Ministry of Communications");
    }

    [Fact]
    public async Task ARevokedLinkAndAMissingOneSayWhatToDo()
    {
        var invitation = await browser.InviteAsync("TZA");
        using var secretariat = browser.SecretariatClient();
        (await secretariat.DeleteAsync($"api/tokens/{invitation.TokenId}")).EnsureSuccessStatusCode();
        var page = await browser.NewPageAsync();

        await page.GotoAsync(invitation.InvitationLink!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This invitation link no longer works" })).ToBeVisibleAsync();
        await Expect(page.GetByText("Ask the secretariat for a new invitation link")).ToBeVisibleAsync();
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        var fresh = await browser.NewPageAsync();
        await fresh.GotoAsync(browser.BaseAddress.ToString());
        await Expect(fresh.GetByRole(AriaRole.Heading, new() { Name = "Open your invitation link" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ChangesAreSavedAsADraftWithinThirtySecondsWithoutAsking()
    {
        var cycleId = await browser.OpenCycleAsync();
        var invitation = await browser.InviteAsync("BEN");
        var page = await browser.NewPageAsync();
        // The page's own clock, moved on by the test: no real waiting, and no timing to flake.
        await page.Clock.InstallAsync();
        await page.GotoAsync(invitation.InvitationLink!);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Answer the questionnaire of cycle {cycleId}" }).ClickAsync();
        await page.Locator("#root_respondent_name").FillAsync("Republic of Benin");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Unsaved changes." })).ToBeVisibleAsync();

        await page.Clock.RunForAsync(31_000);

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Draft saved" })).ToBeVisibleAsync();
        using var secretariat = browser.SecretariatClient();
        var draft = await secretariat.GetFromJsonAsync<JsonObject>($"api/cycles/{cycleId}/responses/BEN");
        Assert.Equal("Republic of Benin", (string?)draft!["respondent"]!["name"]);
    }

    [Fact]
    public async Task OpeningTheFormAnswersNothingAndSavesNothing()
    {
        var cycleId = await browser.OpenCycleAsync();
        var invitation = await browser.InviteAsync("BFA");
        var page = await browser.NewPageAsync();
        await page.Clock.InstallAsync();
        await page.GotoAsync(invitation.InvitationLink!);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Answer the questionnaire of cycle {cycleId}" }).ClickAsync();
        await page.Locator("#root_respondent_name").WaitForAsync();

        await page.Clock.RunForAsync(61_000);

        Assert.False(await page.GetByLabel("None of these").IsCheckedAsync());
        Assert.False(await page.Locator("[id='root_answers_nationalConsultations_held-1']").IsCheckedAsync());
        await Expect(page.GetByText("Unsaved changes.")).Not.ToBeVisibleAsync();
        using var secretariat = browser.SecretariatClient();
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await secretariat.GetAsync($"api/cycles/{cycleId}/responses/BFA")).StatusCode);
    }

    [Fact]
    public async Task AnExpiredLinkSaysWhatToDo()
    {
        var expired = await browser.Host.Services.GetRequiredService<TokenStore>()
            .IssueAsync(TokenStore.RespondentRole, "TGO", TimeSpan.FromMilliseconds(1));
        await Task.Delay(10);
        var page = await browser.NewPageAsync();

        await page.GotoAsync($"{browser.BaseAddress}#token={expired.Token}");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "This invitation link no longer works" })).ToBeVisibleAsync();
        Assert.DoesNotContain(expired.Token, page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFormFitsAPhone360PixelsWide()
    {
        var cycleId = await browser.OpenCycleAsync();
        var page = await OpenFormAsync(cycleId, "RWA", width: 360);

        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "form-phone.png") });

        Assert.Equal(0, overflow);
    }

    [Fact]
    public async Task NoneOfTheIssuesIsAnAnswerAndTickingNothingIsNot()
    {
        var cycleId = await browser.OpenCycleAsync();
        var page = await OpenFormAsync(cycleId, "ZMB");
        await page.Locator("#root_respondent_name").FillAsync("Republic of Zambia");
        await CompleteAsync(page, issues: false);

        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Expect(page.GetByText("must have required property 'Issues not adequately addressed'").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Group, new() { Name = "Infrastructure" }).Locator("..").GetByLabel("None of these").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Receipt" })).ToBeVisibleAsync();
        using var secretariat = browser.SecretariatClient();
        var stored = await secretariat.GetFromJsonAsync<JsonObject>($"api/cycles/{cycleId}/responses/ZMB");
        Assert.Empty(stored!["answers"]!["issuesNotAddressed"]!.AsArray());
    }

    [Fact]
    public async Task AttachmentsAreChosenAsFilesAndARefusedOneIsExplained()
    {
        var cycleId = await browser.OpenCycleAsync();
        var page = await OpenFormAsync(cycleId, "SEN");
        var chooser = page.GetByLabel("Add a file (PDF, DOCX or ODT)");

        await chooser.SetInputFilesAsync(new FilePayload { Name = "notes.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("not a PDF at all") });
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "notes.pdf:" })).ToBeVisibleAsync();
        await chooser.SetInputFilesAsync(new FilePayload
        {
            Name = "Position paper.pdf", MimeType = "application/pdf", Buffer = Encoding.ASCII.GetBytes("%PDF-1.7\n% position\n%%EOF\n"),
        });

        await Expect(page.GetByLabel("Title of the file")).ToHaveValueAsync("Position paper");
        using var secretariat = browser.SecretariatClient();
        var listed = await secretariat.GetFromJsonAsync<JsonObject>($"api/cycles/{cycleId}/responses/SEN/attachments");
        Assert.Equal("Position paper.pdf", (string?)listed!["attachments"]!.AsArray().Single()!["fileName"]);
    }

    [Fact]
    public async Task ASubmittedResponseIsWithdrawnAfterAConfirmation()
    {
        var cycleId = await browser.OpenCycleAsync();
        var page = await OpenFormAsync(cycleId, "MLI");
        await page.Locator("#root_respondent_name").FillAsync("Republic of Mali");
        await CompleteAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Back to the answers" }).ClickAsync();
        string? asked = null;
        page.Dialog += (_, dialog) =>
        {
            asked = dialog.Message;
            _ = dialog.AcceptAsync();
        };

        await page.GetByRole(AriaRole.Button, new() { Name = "Withdraw the response" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "The response is withdrawn." })).ToBeVisibleAsync();
        Assert.Contains("no longer count in the synthesis", asked, StringComparison.Ordinal);
        using var secretariat = browser.SecretariatClient();
        var current = await secretariat.GetAsync($"api/cycles/{cycleId}/responses/MLI");
        Assert.Equal("withdrawn", current.Headers.GetValues("Response-State").Single());
    }

    private async Task<IPage> OpenFormAsync(string cycleId, string respondentId, int width = 1280)
    {
        var invitation = await browser.InviteAsync(respondentId);
        var page = await browser.NewPageAsync(width);
        await page.GotoAsync(invitation.InvitationLink!);
        await page.GetByRole(AriaRole.Link, new() { Name = $"Answer the questionnaire of cycle {cycleId}" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "National response on enhanced cooperation", Exact = true, Level = 1 }).WaitForAsync();
        return page;
    }

    private static async Task CompleteAsync(IPage page, bool issues = true)
    {
        if (issues && !await page.GetByLabel(CriticalResources).IsCheckedAsync())
        {
            await page.GetByLabel(CriticalResources).CheckAsync();
        }

        await page.GetByLabel(AggregateOnly).CheckAsync();
        await page.Locator("#root_consent_language").SelectOptionAsync("fr");
        await page.Locator("[id='root_answers_nationalConsultations_held-0']").CheckAsync();
        await page.GetByLabel("Build on existing mechanisms").CheckAsync();
        await page.Locator("#root_answers_position_reasons").FillAsync("Existing mechanisms, strengthened, can take up the issues not adequately addressed.");
    }

    private async Task SaveAsColleagueAsync(string cycleId, string respondentId, string ministry)
    {
        using var secretariat = browser.SecretariatClient();
        var current = await secretariat.GetAsync($"api/cycles/{cycleId}/responses/{respondentId}");
        var answer = (await current.Content.ReadFromJsonAsync<JsonObject>())!;
        answer["respondent"]!["ministry"] = ministry;
        var saved = await secretariat.PutFromAsync(
            $"api/cycles/{cycleId}/responses/{respondentId}/draft", current.Headers.ETag, HttpContentExtensions.Json(answer));
        saved.EnsureSuccessStatusCode();
    }
}
