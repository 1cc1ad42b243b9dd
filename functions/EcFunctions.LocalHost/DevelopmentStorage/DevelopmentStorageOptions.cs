namespace EcFunctions.LocalHost.DevelopmentStorage;

/// <summary>What the local host does for a developer (section <c>DevelopmentStorage</c>): Azurite, seed data, a token.</summary>
public sealed class DevelopmentStorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DevelopmentStorage";

    /// <summary>Azurite's usual Blob port; Queue and Table follow it.</summary>
    public const int AzuritePort = 10000;

    /// <summary>
    /// Start Azurite on the usual ports, persisting under <c>.azurite/</c> in the checkout, unless
    /// something already listens there (an Azurite started by hand, say). On in Development.
    /// </summary>
    public bool StartAzurite { get; set; }

    /// <summary>A registry CSV to import when the registry is empty, relative to the app's folder; none if null.</summary>
    public string? SeedRespondents { get; set; }

    /// <summary>Issue a secretariat token at start-up and print it, so a developer can call the API at once.</summary>
    public bool PrintSecretariatToken { get; set; }
}
