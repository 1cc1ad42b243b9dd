namespace EcFunctions.LocalHost.DevelopmentStorage;

/// <summary>Finds the repository checkout the app runs from, where Azurite's npm package is installed.</summary>
public static class RepositoryRoot
{
    /// <summary>The nearest folder above the app that holds the solution and package.json.</summary>
    public static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "EcFunctions.sln"))
                && File.Exists(Path.Combine(folder.FullName, "package.json")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException(
            $"No EcFunctions checkout above '{AppContext.BaseDirectory}': Azurite is started from the repository's node_modules.");
    }
}
