using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EcFunctions.Tests.Integration.Browser;

/// <summary>The secretariat registers the contributions a cycle received outside the questionnaire in the browser.</summary>
[Collection(SharedBrowser.Name)]
public sealed class ContributionsPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task TheSecretariatRegistersAWrittenContributionWithItsDocumentAndAnOralOneAndRemovesIt()
    {
        var cycleId = await browser.OpenCycleAsync();
        using var secretariat = browser.SecretariatClient();
        var link = await (await secretariat.PostAsync("api/secretariat/tokens", null)).Content.ReadFromJsonAsync<JsonObject>();
        var page = await browser.NewPageAsync();
        await page.GotoAsync((string)link!["invitationLink"]!);
        await page.GetByRole(AriaRole.Link, new() { Name = cycleId }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "Register a contribution" });

        await form.GetByLabel("Author", new() { Exact = true }).FillAsync("Association for Progressive Communications");
        await form.GetByLabel("Stakeholder group").SelectOptionAsync("civil-society");
        await form.GetByLabel("Title", new() { Exact = true }).FillAsync("Enhanced cooperation: a civil society view");
        await form.GetByLabel("Language of the contribution").SelectOptionAsync(new SelectOptionValue { Label = "French" });
        await form.GetByLabel("Date received").FillAsync("2026-10-01");
        await form.GetByLabel("The author consented to be named in the report").CheckAsync();
        var draft = Encoding.ASCII.GetBytes("%PDF-1.7\n% A first draft\n%%EOF\n");
        await form.GetByLabel("Document of the contribution (PDF, DOCX or ODT; optional)").SetInputFilesAsync(
            new FilePayload { Name = "APC draft.pdf", MimeType = "application/pdf", Buffer = draft });
        await form.GetByRole(AriaRole.Button, new() { Name = "Register a contribution" }).ClickAsync();

        var written = page.Locator("tr[data-contribution='written-001']");
        await Expect(written.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("Association for Progressive Communications");
        await Expect(written).ToContainTextAsync("Civil society");
        await Expect(written).ToContainTextAsync("Written");
        await Expect(written).ToContainTextAsync("Enhanced cooperation: a civil society view");
        await Expect(written).ToContainTextAsync("French");
        await Expect(written.GetByRole(AriaRole.Button, new() { Name = "APC draft.pdf" })).ToBeVisibleAsync();

        var paper = Encoding.ASCII.GetBytes("%PDF-1.7\n% A civil society view\n%%EOF\n");
        await written.GetByLabel("Replace the document of Association for Progressive Communications").SetInputFilesAsync(
            new FilePayload { Name = "APC contribution.pdf", MimeType = "application/pdf", Buffer = paper });
        var documentButton = written.GetByRole(AriaRole.Button, new() { Name = "APC contribution.pdf" });
        await Expect(documentButton).ToBeVisibleAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => documentButton.ClickAsync());
        Assert.Equal("APC contribution.pdf", download.SuggestedFilename);
        Assert.Equal(paper, await File.ReadAllBytesAsync((await download.PathAsync())!));

        await form.GetByLabel("Oral").CheckAsync();
        await Expect(form.GetByLabel("Document of the contribution (PDF, DOCX or ODT; optional)")).ToHaveCountAsync(0);
        await form.GetByLabel("Author", new() { Exact = true }).FillAsync("Delegate of a Member State");
        await form.GetByLabel("Stakeholder group").SelectOptionAsync("governments");
        await form.GetByRole(AriaRole.Button, new() { Name = "Register a contribution" }).ClickAsync();
        var oral = page.Locator("tr[data-contribution='oral-001']");
        await Expect(oral.GetByRole(AriaRole.Rowheader)).ToHaveTextAsync("Delegate of a Member State (not to be named)");
        await Expect(oral).ToContainTextAsync("Governments");
        await Accessibility.AssertNoSeriousViolationsAsync(page);

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await oral.GetByRole(AriaRole.Button, new() { Name = "Remove the contribution of Delegate of a Member State" }).ClickAsync();
        await Expect(oral).ToHaveCountAsync(0);

        var stored = (await secretariat.GetFromJsonAsync<JsonObject>($"api/cycles/{cycleId}/contributions"))!["contributions"]!.AsArray();
        var only = Assert.Single(stored)!;
        Assert.Equal("written-001", (string)only["id"]!);
        Assert.Equal("civil-society", (string)only["stakeholderGroup"]!);
        Assert.Equal("2026-10-01", (string)only["received"]!);
        Assert.Equal("fr", (string)only["language"]!);
        Assert.True((bool)only["named"]!);
        Assert.Equal("APC contribution.pdf", (string)only["document"]!["fileName"]!);
    }
}
