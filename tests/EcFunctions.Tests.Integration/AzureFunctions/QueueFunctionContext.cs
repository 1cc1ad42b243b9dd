using System.Globalization;
using Microsoft.Azure.Functions.Worker;

namespace EcFunctions.Tests.Integration.AzureFunctions;

/// <summary>
/// The context the worker gives a queue-triggered function: its services and the trigger's binding
/// data, where the queue extension puts <c>DequeueCount</c> (as text, the way it crosses from the host).
/// What a queue function here does not read throws, so a function that starts to read it fails loudly.
/// </summary>
public sealed class QueueFunctionContext(IServiceProvider services, long dequeueCount) : FunctionContext
{
    /// <inheritdoc/>
    public override string InvocationId { get; } = Guid.NewGuid().ToString();

    /// <inheritdoc/>
    public override string FunctionId => throw Unread();

    /// <inheritdoc/>
    public override TraceContext TraceContext => throw Unread();

    /// <inheritdoc/>
    public override BindingContext BindingContext { get; } = new QueueBindingContext(new Dictionary<string, object?>
    {
        ["DequeueCount"] = dequeueCount.ToString(CultureInfo.InvariantCulture),
    });

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

    private static NotSupportedException Unread() => new("The queue functions of this app do not read this.");

    private sealed class QueueBindingContext(IReadOnlyDictionary<string, object?> data) : BindingContext
    {
        public override IReadOnlyDictionary<string, object?> BindingData { get; } = data;
    }
}
