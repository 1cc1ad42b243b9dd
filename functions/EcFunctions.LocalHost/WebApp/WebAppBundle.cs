namespace EcFunctions.LocalHost.WebApp;

/// <summary>
/// The web app's built files (web/dist), built with npm on first run and again whenever a source is
/// newer than the bundle, so a clean checkout and an edited one both serve what the sources say.
/// </summary>
public static class WebAppBundle
{
    /// <summary>The folder of the built files under <paramref name="root"/>.</summary>
    public static string DistFolder(string root) => Path.Combine(root, "web", "dist");

    /// <summary>Builds the bundle unless it is there and newer than every source; returns its folder.</summary>
    public static async Task<string> EnsureBuiltAsync(string root, CancellationToken cancellationToken = default)
    {
        var dist = DistFolder(root);
        var bundle = new FileInfo(Path.Combine(dist, "app.js"));
        if (!bundle.Exists || Sources(root).Any(source => source.LastWriteTimeUtc > bundle.LastWriteTimeUtc))
        {
            await Npm.EnsureInstalledAsync(root, Path.Combine("esbuild", "package.json"), cancellationToken);
            await Npm.RunAsync(root, ["run", "build:web"], cancellationToken);
        }

        return dist;
    }

    private static IEnumerable<FileInfo> Sources(string root)
    {
        var web = new DirectoryInfo(Path.Combine(root, "web"));
        return web.EnumerateFiles("*", SearchOption.TopDirectoryOnly)
            .Concat(new DirectoryInfo(Path.Combine(web.FullName, "src")).EnumerateFiles("*", SearchOption.AllDirectories))
            .Append(new FileInfo(Path.Combine(root, "package-lock.json")));
    }
}
