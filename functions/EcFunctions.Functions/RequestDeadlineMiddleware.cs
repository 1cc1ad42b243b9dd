using EcFunctions.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace EcFunctions.Functions;

/// <summary>Runs every HTTP function under the core's <see cref="RequestDeadline"/>, as the local host runs every request.</summary>
public sealed class RequestDeadlineMiddleware(RequestDeadline deadline) : IFunctionsWorkerMiddleware
{
    /// <inheritdoc/>
    public Task Invoke(FunctionContext context, FunctionExecutionDelegate next) =>
        context.GetHttpContext() is { } http ? deadline.RunAsync(http, () => next(context)) : next(context);
}
