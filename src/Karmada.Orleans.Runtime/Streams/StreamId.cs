namespace Karmada.Orleans.Streams;

/// <summary>A stream: a namespace (what kind of events) and a key (whose events).</summary>
public readonly record struct StreamId(string Namespace, string Key)
{
    public static StreamId Create(string streamNamespace, string key) => new(streamNamespace, key);

    public override string ToString() => $"{Namespace}/{Key}";
}
