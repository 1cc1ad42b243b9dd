using System.Net;
using System.Text;
using EcFunctions.Tests.Integration.Infrastructure;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>
/// The host remembers the cycles it read open so that a write to an existing response skips the cycle
/// read; once the close has answered 202, no write gets in on the strength of that memory.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class CachedCycleTests(ApiFixture api)
{
    [Fact]
    public async Task AnAmendmentAfterTheCloseIsRefusedThoughTheHostLastSawTheCycleOpen()
    {
        var cycle = await api.OpenCycleAsync();
        using var secretariat = api.CreateSecretariatClient();
        var answer = Samples.ValidAnswer("ec-member-state").ToJsonString();
        var first = await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/KEN", Json(answer));
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var amended = await secretariat.PutFromAsync($"/api/cycles/{cycle}/responses/KEN", first.Headers.ETag, Json(answer));
        Assert.Equal(HttpStatusCode.OK, amended.StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await secretariat.PostAsync($"/api/cycles/{cycle}/close", null)).StatusCode);
        var late = await secretariat.PutFromAsync($"/api/cycles/{cycle}/responses/KEN", amended.Headers.ETag, Json(answer));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("cycle-closed", (string?)(await late.ReadProblemAsync())["code"]);
    }

    [Fact]
    public async Task AFirstAnswerOfARespondentRegisteredAfterTheCloseIsRefused()
    {
        var cycle = await api.OpenCycleAsync();
        using var secretariat = api.CreateSecretariatClient();
        Assert.Equal(HttpStatusCode.Created, (await secretariat.PutNewAsync(
            $"/api/cycles/{cycle}/responses/KEN", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);

        Assert.Equal(HttpStatusCode.Accepted, (await secretariat.PostAsync($"/api/cycles/{cycle}/close", null)).StatusCode);
        // Registered after the fence, so the close inserted no head for it that a late write would collide with.
        var latecomer = $"late-{Guid.NewGuid():N}";
        var imported = await secretariat.PostAsync("/api/respondent-imports", new StringContent(
            $"id,kind,stakeholderGroup,region,developing,displayName,focalPointName,focalPointEmail\n{latecomer},organisation,intergovernmental-and-international-organisations,global,,Late Body,,\n",
            Encoding.UTF8, "text/csv"));
        Assert.True(imported.IsSuccessStatusCode, await imported.Content.ReadAsStringAsync());
        var late = await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/{latecomer}", Json(Samples.ValidAnswer("ec-organisation")));

        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
        Assert.Equal("cycle-closed", (string?)(await late.ReadProblemAsync())["code"]);
    }
}
