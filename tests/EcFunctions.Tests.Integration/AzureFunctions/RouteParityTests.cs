using EcFunctions.Http;
using EcFunctions.Storage;
using EcFunctions.Tests.Integration.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>
/// The functions the Functions host will load, read from the <c>functions.metadata</c> the Worker SDK
/// generated, against the endpoints the local host serves: same names, routes, methods and access.
/// </summary>
[Collection(SharedApi.Name)]
public sealed class RouteParityTests(ApiFixture api)
{
    private readonly FunctionsMetadata metadata = FunctionsMetadata.Load();

    [Fact]
    public void EveryHttpFunctionIsALocalHostEndpointAndEveryEndpointAFunction()
    {
        var functions = metadata.Http.SelectMany(function => function.Methods
            .Select(method => $"{function.Name}: {method} {function.Route} ({function.AuthLevel})"));
        var endpoints = api.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(endpoint => endpoint.RoutePattern.RawText!.StartsWith($"/{Routes.Prefix}/", StringComparison.Ordinal))
            .SelectMany(endpoint => endpoint.Metadata.GetRequiredMetadata<HttpMethodMetadata>().HttpMethods.Select(method =>
                $"{endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName}: {method} " +
                $"{endpoint.RoutePattern.RawText![(Routes.Prefix.Length + 2)..]} ({Access(endpoint)})"));

        Assert.NotEmpty(metadata.Http);
        SameSets.Assert("the Functions app", functions, "the local host", endpoints);
    }

    [Fact]
    public void TheOnlyOtherFunctionIsTheSynthesisQueueTriggerOnTheAppsStorageConnection()
    {
        var queue = Assert.Single(metadata.Queues);

        Assert.Equal("CompileSynthesis", queue.Name);
        Assert.Equal(StorageNames.SynthesisQueue, queue.QueueName);
        Assert.Equal(StorageNames.Connection, queue.Connection);
        Assert.Empty(metadata.Others);
    }

    // Both hosts let every request through and decide access in the handlers (CallerIdentity,
    // AccessRules): the Functions app with AuthorizationLevel.Anonymous, the local host with no
    // authorization metadata.
    private static string Access(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<IAuthorizeData>() is null ? "Anonymous" : "Authorized";
}
