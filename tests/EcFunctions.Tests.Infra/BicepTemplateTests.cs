using System.Text.Json.Nodes;

namespace EcFunctions.Tests.Infra;

public sealed class BicepTemplateTests
{
    [Fact]
    public async Task BuildsWithoutErrorsOrWarnings()
    {
        var (exitCode, template, diagnostics) = await Repository.MainTemplate;

        Assert.True(exitCode == 0 && diagnostics.Length == 0, diagnostics);
        Assert.NotNull(JsonNode.Parse(template)!["resources"]);
    }

    [Fact]
    public async Task LintsWithoutWarnings()
    {
        var (exitCode, output, diagnostics) = await Repository.BicepAsync("lint", Repository.PathOf("infra/main.bicep"));

        Assert.True(exitCode == 0 && output.Length == 0 && diagnostics.Length == 0, output + diagnostics);
    }

    [Fact]
    public async Task TheParametersFileGivesEveryRequiredParameterAndNoOther()
    {
        var template = JsonNode.Parse((await Repository.MainTemplate).Output)!;
        var parameters = JsonNode.Parse(File.ReadAllText(Repository.PathOf("infra/main.parameters.json")))!["parameters"]!.AsObject();

        var declared = template["parameters"]!.AsObject();
        var required = declared.Where(parameter => parameter.Value!["defaultValue"] is null).Select(parameter => parameter.Key);
        Assert.Subset(declared.Select(parameter => parameter.Key).ToHashSet(), parameters.Select(parameter => parameter.Key).ToHashSet());
        Assert.Superset(required.ToHashSet(), parameters.Select(parameter => parameter.Key).ToHashSet());
        Assert.All(parameters, parameter => Assert.StartsWith("${", (string?)parameter.Value!["value"], StringComparison.Ordinal));
    }
}
