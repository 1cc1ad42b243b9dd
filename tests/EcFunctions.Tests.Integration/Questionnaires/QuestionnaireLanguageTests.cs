using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Questionnaires;

/// <summary>The questionnaires in the six official languages: served by language, one schema for validation.</summary>
[Collection(SharedApi.Name)]
public sealed class QuestionnaireLanguageTests(ApiFixture api)
{
    private const string Version = "/api/questionnaires/ec-member-state/versions/1.1.0";

    [Fact]
    public async Task FrenchIsServedWhenAskedForWithItsOwnStrongETag()
    {
        using var client = api.CreateClient();

        var english = await client.GetAsync(Version);
        var french = await SendAsync(client, $"{Version}?bundle=true", "fr-CH, fr;q=0.9, en;q=0.5");
        var frenchPlain = await SendAsync(client, Version, "fr");

        Assert.Equal(["fr"], french.Content.Headers.ContentLanguage);
        Assert.Contains("Accept-Language", french.Headers.Vary);
        Assert.False(frenchPlain.Headers.ETag!.IsWeak);
        Assert.NotEqual(english.Headers.ETag, frenchPlain.Headers.ETag);
        var schema = JsonNode.Parse(await french.Content.ReadAsStringAsync())!;
        Assert.Equal(Translations.Text("ec-member-state/1.1.0", "fr", "/title"), (string?)schema["title"]);
        // The vocabulary inlined in the bundle speaks French too.
        Assert.Equal(Translations.Text("_vocabulary/1.0.0", "fr", "/definitions/policyIssue/x-enumTitles/critical-internet-resources"),
            (string?)schema["definitions"]!["_vocabulary@1.0.0"]!["definitions"]!["policyIssue"]!["x-enumTitles"]!["critical-internet-resources"]);
        Assert.Equal(HttpStatusCode.NotModified, (await SendAsync(client, Version, "fr", frenchPlain.Headers.ETag)).StatusCode);
    }

    [Fact]
    public async Task ArabicIsServedByAcceptLanguageOrLangAndItsLayoutToo()
    {
        using var client = api.CreateClient();

        var arabic = await SendAsync(client, Version, "ar");
        var byQuery = await client.GetAsync($"{Version}?lang=ar");
        var layout = await SendAsync(client, "/api/questionnaires/ec-stakeholder/versions/1.1.0/layout", "ar");

        Assert.Equal(["ar"], arabic.Content.Headers.ContentLanguage);
        // Written as the characters themselves, not as \uXXXX escapes.
        Assert.Contains(Translations.Text("ec-member-state/1.1.0", "ar", "/title"), await arabic.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(await arabic.Content.ReadAsStringAsync(), await byQuery.Content.ReadAsStringAsync());
        Assert.Equal(Translations.Text("ec-member-state/1.1.0", "ar", "/title"), (string?)JsonNode.Parse(await arabic.Content.ReadAsStringAsync())!["title"]);
        Assert.Equal(["ar"], layout.Content.Headers.ContentLanguage);
        Assert.Equal(Translations.Text("ec-stakeholder/1.1.0", "ar", "/answers/extentImplemented/ui:enumNames/not-at-all", section: "layout"),
            (string?)JsonNode.Parse(await layout.Content.ReadAsStringAsync())!["answers"]!["extentImplemented"]!["ui:enumNames"]!["not-at-all"]);
    }

    [Fact]
    public async Task AnotherLanguageFallsBackToEnglishAndSaysSo()
    {
        using var client = api.CreateClient();

        var german = await SendAsync(client, Version, "de-DE, de;q=0.9");
        var english = await client.GetAsync(Version);

        Assert.Equal(["en"], german.Content.Headers.ContentLanguage);
        Assert.Equal(await english.Content.ReadAsByteArrayAsync(), await german.Content.ReadAsByteArrayAsync());
        Assert.Equal(english.Headers.ETag, german.Headers.ETag);
    }

    [Fact]
    public async Task AnAnswerValidatesAlikeWhicheverLanguageItWasWrittenIn()
    {
        var cycle = await api.OpenCycleAsync("1.1.0");
        using var secretariat = api.CreateSecretariatClient();
        var answer = Samples.ValidAnswer("ec-member-state");
        answer["questionnaire"]!["version"] = "1.1.0";
        answer["consent"]!["language"] = "fr";

        var stored = await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/SEN", Json(answer));

        Assert.Equal(HttpStatusCode.Created, stored.StatusCode);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string path, string acceptLanguage, EntityTagHeaderValue? ifNoneMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return await client.SendAsync(request);
    }

}
