using System.Reflection;
using System.Text.Json.Nodes;
using EcFunctions.Storage;

namespace EcFunctions.Tests.Infra;

public sealed class StorageTemplateTests
{
    // The Functions app creates no storage at start (the local host does), so a table, container or
    // queue the app names but the template does not create would fail the first request that reaches it.
    [Fact]
    public async Task TheTemplateCreatesEveryTableContainerAndQueueTheAppNames()
    {
        var storage = Repository.Resources(await Repository.MainTemplateJsonAsync())
            .Single(resource => (string?)resource["type"] == "Microsoft.Resources/deployments" && (string?)resource["name"] == "storage");
        var declared = storage["properties"]!["template"]!["variables"]!.AsObject()
            .SelectMany(variable => variable.Value is JsonArray names ? names.Select(name => (string)name!) : [(string)variable.Value!])
            .ToHashSet(StringComparer.Ordinal);

        var used = typeof(StorageNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(field => field.IsLiteral && (field.Name.EndsWith("Table", StringComparison.Ordinal)
                || field.Name.EndsWith("Container", StringComparison.Ordinal) || field.Name.EndsWith("Queue", StringComparison.Ordinal)))
            .Select(field => (string)field.GetRawConstantValue()!)
            .ToList();

        Assert.Equal(10, used.Count);
        Assert.Subset(declared, used.ToHashSet(StringComparer.Ordinal));
    }
}
