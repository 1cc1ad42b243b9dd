using System.Net;
using System.Text;
using EcFunctions.Questionnaires;
using EcFunctions.Responses;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using static EcFunctions.Tests.Integration.Infrastructure.HttpContentExtensions;

namespace EcFunctions.Tests.Integration.Cycles;

/// <summary>
/// Answers of different respondents never wait on each other, and the close still orders itself
/// against every answer: it fences each response, so a write that read the cycle open and commits
/// after the close is refused.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class CloseFenceTests(ApiFixture api)
{
    [Fact]
    public async Task SixtyFourMemberStatesAnsweringAtOnceAreAllAccepted()
    {
        var cycle = await api.OpenCycleAsync();
        using var secretariat = api.CreateSecretariatClient();
        var states = (await api.Host.Services.GetRequiredService<EcFunctions.Respondents.RespondentStore>().ListAsync())
            .Where(respondent => respondent.Kind == "member-state").Select(respondent => respondent.Id).Take(64).ToList();
        var answer = Samples.ValidAnswer("ec-member-state").ToJsonString();
        using var start = new SemaphoreSlim(0);

        var answering = states.Select(async state =>
        {
            using var client = api.CreateSecretariatClient();
            await start.WaitAsync();
            return (await client.PutNewAsync($"/api/cycles/{cycle}/responses/{state}", Json(answer))).StatusCode;
        }).ToList();
        start.Release(states.Count);

        Assert.All(await Task.WhenAll(answering), status => Assert.Equal(HttpStatusCode.Created, status));
    }

    [Fact]
    public async Task AWriteThatReadTheCycleOpenIsRefusedOnceTheCloseHasFencedItsResponse()
    {
        var cycle = await api.OpenCycleAsync();
        using var secretariat = api.CreateSecretariatClient();
        Assert.Equal(HttpStatusCode.Created,
            (await secretariat.PutNewAsync($"/api/cycles/{cycle}/responses/KEN", Json(Samples.ValidAnswer("ec-member-state")))).StatusCode);
        var store = api.Host.Services.GetRequiredService<ResponseStore>();
        // Two writers read the responses while the cycle was open: Kenya's, and Chile's, which has none yet.
        var kenya = await store.GetResponseIfExistsAsync(cycle, "KEN");
        var chile = await store.GetResponseIfExistsAsync(cycle, "CHL");

        Assert.Equal(HttpStatusCode.Accepted, (await secretariat.PostAsync($"/api/cycles/{cycle}/close", null)).StatusCode);
        var lateAmendment = await store.AppendRevisionAsync(cycle, kenya, Write("KEN"), _ => []);
        var lateFirstAnswer = await store.AppendRevisionAsync(cycle, chile, Write("CHL"), _ => []);

        Assert.NotNull(kenya);
        Assert.Null(chile);
        Assert.Null(lateAmendment);
        Assert.Null(lateFirstAnswer);
        Assert.Null(await store.GetResponseIfExistsAsync(cycle, "CHL"));
        var status = await SynthesisWaits.UntilAsync(secretariat, cycle, "synthesised");
        Assert.Equal(1, (int?)status["responses"]);
    }

    private static RevisionWrite Write(string respondentId) => new(
        respondentId, new QuestionnaireRef("ec-member-state", "1.0.0"),
        Encoding.UTF8.GetBytes(Samples.ValidAnswer("ec-member-state").ToJsonString()), ResponseState.Submitted, "test", Guid.NewGuid().ToString("N"));
}
