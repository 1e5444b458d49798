namespace Karmada.Orleans.Streams;

/// <summary>
/// Subscribes a grain class to every stream of a namespace: the grain whose key equals the stream
/// key is activated and receives the stream's events.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true)]
public sealed class ImplicitStreamSubscriptionAttribute(string streamNamespace) : Attribute
{
    public string Namespace { get; } = streamNamespace;
}
