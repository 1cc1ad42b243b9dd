using System.Net;
using System.Net.Http.Json;
using EcFunctions.Access;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Responses;

/// <summary>Amendment grace and idempotency-key expiry, on a host whose clock the test moves.</summary>
[Collection(SharedApi.Name)]
public sealed class DeadlineTests(ApiFixture api)
{
    private readonly FakeTimeProvider clock = new(DateTimeOffset.UtcNow);
    private readonly string cycle = "g" + Guid.NewGuid().ToString("N")[..12];

    [Fact]
    public async Task AcceptsAmendmentsDuringTheGracePeriodButNoFirstSubmissions()
    {
        await using var host = api.WithClock(clock);
        using var client = await SecretariatAsync(host);
        (await client.PutAsJsonAsync($"/api/cycles/{cycle}", new
        {
            opensAt = clock.GetUtcNow().AddHours(-1),
            closesAt = clock.GetUtcNow().AddHours(1),
            amendmentGracePeriod = "1.00:00:00",
            questionnaires = ApiFixture.CycleQuestionnaires(),
        })).EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/cycles/{cycle}/open", null)).EnsureSuccessStatusCode();
        var submitted = await client.PutNewAsync(Url("BRA"), Json(Samples.ValidAnswer("ec-member-state")));
        var draft = await client.PutNewAsync($"{Url("KEN")}/draft", Json(Samples.ValidAnswer("ec-member-state")));

        clock.Advance(TimeSpan.FromHours(2));
        var amended = await client.SendMatchingAsync(HttpMethod.Put, Url("BRA"), submitted.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));
        var lateFirstSubmission = await client.SendMatchingAsync(HttpMethod.Put, Url("KEN"), draft.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));
        clock.Advance(TimeSpan.FromDays(1));
        var afterGrace = await client.SendMatchingAsync(HttpMethod.Put, Url("BRA"), amended.Headers.ETag!, Json(Samples.ValidAnswer("ec-member-state")));

        Assert.Equal(HttpStatusCode.Created, submitted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, lateFirstSubmission.StatusCode);
        Assert.Equal("cycle-closed", (string?)(await lateFirstSubmission.ReadProblemAsync())["code"]);
        Assert.Equal(HttpStatusCode.Conflict, afterGrace.StatusCode);
        Assert.Equal("cycle-closed", (string?)(await afterGrace.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task ForgetsAnIdempotencyKeyAfterItsLifetime()
    {
        await using var host = api.WithClock(clock, ("Requests:IdempotencyKeyLifetime", "00:01:00"));
        using var client = await SecretariatAsync(host);
        (await client.PutAsJsonAsync($"/api/cycles/{cycle}", ApiFixture.CycleDefinition(clock.GetUtcNow().AddHours(-1), clock.GetUtcNow().AddDays(1))))
            .EnsureSuccessStatusCode();
        (await client.PostAsync($"/api/cycles/{cycle}/open", null)).EnsureSuccessStatusCode();
        var answer = Samples.ValidAnswer("ec-member-state");
        var first = await client.PutFromAsync(Url("KEN"), null, Json(answer), "key-1");
        answer["respondent"]!["name"] = "Republic of Kenya";

        var withinLifetime = await client.PutFromAsync(Url("KEN"), first.Headers.ETag, Json(answer), "key-1");
        clock.Advance(TimeSpan.FromMinutes(2));
        var afterLifetime = await client.PutFromAsync(Url("KEN"), first.Headers.ETag, Json(answer), "key-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, withinLifetime.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterLifetime.StatusCode);
    }

    private string Url(string respondentId) => $"/api/cycles/{cycle}/responses/{respondentId}";

    // A token issued on the moved clock, so moving it does not expire the fixture's own token.
    private static async Task<HttpClient> SecretariatAsync(WebApplicationFactory<Program> host)
    {
        var token = await host.Services.GetRequiredService<TokenStore>().IssueAsync(TokenStore.SecretariatRole, "", TimeSpan.FromDays(30));
        return ApiFixture.CreateClient(host, token.Token);
    }
}
