using EcFunctions.Access;

namespace EcFunctions.LocalHost;

/// <summary>
/// The request's caller as a minimal-API parameter: bound through <see cref="CallerIdentity"/>, the
/// same call each Functions trigger makes, so the endpoint lambdas only pass it on.
/// </summary>
public sealed record CurrentCaller(Caller Value)
{
    /// <summary>Minimal APIs' binding hook.</summary>
    public static async ValueTask<CurrentCaller> BindAsync(HttpContext context) =>
        new(await context.RequestServices.GetRequiredService<CallerIdentity>().IdentifyAsync(context.Request, context.RequestAborted));
}
