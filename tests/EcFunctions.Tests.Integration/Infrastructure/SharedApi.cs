namespace EcFunctions.Tests.Integration.Infrastructure;

/// <summary>Tests that share the local host and its Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class SharedApi : ICollectionFixture<ApiFixture>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "api";
}
