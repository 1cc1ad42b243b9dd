using System.Globalization;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>
/// The context the worker gives a function and its middleware: the invocation's services, the
/// trigger's binding data (where the queue extension puts <c>DequeueCount</c>, as text, the way it
/// crosses from the host), and items (where the ASP.NET Core integration puts the HTTP context).
/// What no function or middleware here reads throws, so one that starts to read it fails loudly.
/// </summary>
public sealed class WorkerFunctionContext(IServiceProvider services, IReadOnlyDictionary<string, object?> bindingData) : FunctionContext
{
    /// <inheritdoc/>
    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    /// <inheritdoc/>
    public override string FunctionId => throw Unread();

    /// <inheritdoc/>
    public override TraceContext TraceContext => throw Unread();

    /// <inheritdoc/>
    public override BindingContext BindingContext { get; } = new WorkerBindingContext(bindingData);

    /// <inheritdoc/>
    public override RetryContext RetryContext => throw Unread();

    /// <inheritdoc/>
    public override IServiceProvider InstanceServices { get; set; } = services;

    /// <inheritdoc/>
    public override FunctionDefinition FunctionDefinition => throw Unread();

    /// <inheritdoc/>
    public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object>();

    /// <inheritdoc/>
    public override IInvocationFeatures Features => throw Unread();

    /// <summary>The context of a queue trigger's <paramref name="dequeueCount"/>th delivery.</summary>
    public static WorkerFunctionContext ForQueue(IServiceProvider services, long dequeueCount) =>
        new(services, new Dictionary<string, object?> { ["DequeueCount"] = dequeueCount.ToString(CultureInfo.InvariantCulture) });

    /// <summary>The context of an HTTP trigger's invocation on <paramref name="http"/>, found by <c>GetHttpContext()</c>.</summary>
    public static WorkerFunctionContext ForHttp(IServiceProvider services, Microsoft.AspNetCore.Http.HttpContext http) =>
        new(services, new Dictionary<string, object?>()) { Items = { ["HttpRequestContext"] = http } };

    private static NotSupportedException Unread() => new("The functions and middleware of this app do not read this.");

    private sealed class WorkerBindingContext(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = data;
    }
}
