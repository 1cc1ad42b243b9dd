using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace EcFunctions.Tests.Integration.Http;

/// <summary>
/// A setting out of its documented range stops the start of the composition both hosts use, naming the
/// setting: the validators generated from the options' annotations are the only check, so each kind of
/// annotation is tried once.
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
        using var host = Composed((key, value));

        var refused = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(member, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SettingsAtTheEdgesOfTheirRangesStart()
    {
        using var host = Composed(
            ("Synthesis:AnonymityThreshold", "2"), ("Requests:Deadline", "00:10:00"), ("Synthesis:FoldTechnicalAndAcademicCommunityInto", "civil-society"));

        await host.StartAsync();
        await host.StopAsync();
    }

    private IHost Composed(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection([
            new(StorageNames.Connection, api.StorageConnectionString),
            .. settings.Select(setting => new KeyValuePair<string, string?>(setting.Key, setting.Value)),
        ]);
        builder.AddEcFunctions();
        return builder.Build();
    }
}
