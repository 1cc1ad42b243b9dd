using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Options;

namespace EcFunctions.Tests.Integration.Http;

/// <summary>
/// A setting out of its documented range stops the host at start, naming the setting: the validators
/// generated from the options' annotations are the only check, so each kind of annotation is tried once.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class SettingsValidationTests(ApiFixture api)
{
    [Theory]
    [InlineData("Synthesis:AnonymityThreshold", "1", "AnonymityThreshold")]
    [InlineData("Requests:Deadline", "00:11:00", "Deadline")]
    [InlineData("Synthesis:FoldTechnicalAndAcademicCommunityInto", "Academia", "FoldTechnicalAndAcademicCommunityInto")]
    [InlineData("Questionnaires:RootPath", "", "RootPath")]
    public async Task ASettingOutOfRangeStopsTheStartAndIsNamed(string key, string value, string member)
    {
        await using var host = api.WithClock(TimeProvider.System, (key, value));

        var refused = Assert.Throws<OptionsValidationException>(() => host.Server);

        Assert.Contains(member, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsAtTheEdgesOfTheirRangesStart()
    {
        await using var host = api.WithClock(TimeProvider.System,
            ("Synthesis:AnonymityThreshold", "2"), ("Requests:Deadline", "00:10:00"), ("Synthesis:FoldTechnicalAndAcademicCommunityInto", "civil-society"));

        using var client = host.CreateClient();

        Assert.True((await client.GetAsync(new Uri("/api/questionnaires", UriKind.Relative))).IsSuccessStatusCode);
    }
}
