using System.Reflection;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>The Functions app's composition: every function it declares can be made from the worker's services.</summary>
[Collection(SharedApi.Name)]
public sealed class CompositionTests(ApiFixture api)
{
    [Fact]
    public async Task EveryFunctionClassIsCreatedFromTheWorkersServices()
    {
        await using var worker = FunctionsWorker.Create(api.StorageConnectionString);
        await using var scope = worker.Services.CreateAsyncScope();
        var metadata = FunctionsMetadata.Load();
        var declared = metadata.Http.Select(function => (function.Name, function.EntryPoint))
            .Concat(metadata.Queues.Select(function => (function.Name, function.EntryPoint)))
            .ToList();

        var inTheAssembly = FunctionsWorker.App.GetTypes()
            .SelectMany(type => type.GetMethods())
            .Select(method => method.GetCustomAttribute<FunctionAttribute>()?.Name)
            .OfType<string>();

        SameSets.Assert("functions.metadata", declared.Select(function => function.Name), "the app's [Function] methods", inTheAssembly);
        Assert.All(declared, function =>
        {
            var (type, method) = FunctionsWorker.EntryPoint(function.EntryPoint);
            Assert.Equal(function.Name, method.GetCustomAttribute<FunctionAttribute>()?.Name);
            Assert.IsType(type, FunctionsWorker.CreateFunction(type, scope.ServiceProvider));
        });
    }
}
