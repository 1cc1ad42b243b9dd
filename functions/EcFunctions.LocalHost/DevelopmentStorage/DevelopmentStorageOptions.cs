namespace EcFunctions.LocalHost.DevelopmentStorage;

/// <summary>Whether the local host brings its own Azurite (section <c>DevelopmentStorage</c>).</summary>
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
}
