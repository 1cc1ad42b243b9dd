using Microsoft.Extensions.FileProviders;

namespace EcFunctions.LocalHost.WebApp;

/// <summary>
/// Serves the web app beside the API, at <c>/</c>: its files, its <c>config.json</c> (the API is on the
/// same origin, at <c>/api</c>), and a Content-Security-Policy that lets the page load nothing from
/// another origin and run no inline script.
/// </summary>
public static class WebAppHosting
{
    /// <summary>True to build (when needed) and serve the web app; on in Development.</summary>
    public const string ServeSetting = "WebApp:Serve";

    /// <summary>
    /// The policy of every page and file of the app. <c>'unsafe-eval'</c> because the form's validator
    /// (ajv) compiles each questionnaire's schema into a function at run time; no inline script is allowed.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>Serves the files of <paramref name="dist"/> and the app's configuration.</summary>
    public static WebApplication MapWebApp(this WebApplication app, string dist)
    {
        var files = new PhysicalFileProvider(dist);
        app.Use((context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/api"))
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "no-referrer";
            }

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            // The file names stay the same from one build to the next: a browser asks again (304 if unchanged).
            OnPrepareResponse = served => served.Context.Response.Headers.CacheControl = "no-cache",
        });
        // Where the page finds the API: on this origin. In Azure, deployment writes the file instead.
        app.MapGet("/config.json", () => TypedResults.Text("""{"apiBaseUrl":"/api"}""", "application/json")).ExcludeFromDescription();
        return app;
    }
}
