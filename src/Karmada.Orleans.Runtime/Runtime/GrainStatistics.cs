using System.Runtime.CompilerServices;

using System.Collections.Concurrent;

namespace Karmada.Orleans.Runtime;

/// <summary>Activation counts per grain type, for the dashboard and metrics.</summary>
public sealed class GrainStatistics
{
    private readonly ConcurrentDictionary<string, StrongBox<long>> _active = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> ActiveByType =>
        _active.ToDictionary(kv => kv.Key, kv => Interlocked.Read(ref kv.Value.Value), StringComparer.Ordinal);

    internal void OnActivated(string typeName) => Interlocked.Increment(ref Counter(typeName).Value);

    internal void OnDeactivated(string typeName) => Interlocked.Decrement(ref Counter(typeName).Value);

    private StrongBox<long> Counter(string typeName) => _active.GetOrAdd(typeName, static _ => new StrongBox<long>());
}
