using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Grains.Caches;

/// <summary>Every Cluster object, current, for the scheduler and the renderers.</summary>
public sealed class ClusterCache
{
    private ImmutableDictionary<string, Cluster> _clusters = ImmutableDictionary<string, Cluster>.Empty;

    public IReadOnlyList<Cluster> All => _clusters.Values.OrderBy(c => c.Metadata.Name, StringComparer.Ordinal).ToList();

    public Cluster? Find(string name) => _clusters.GetValueOrDefault(name);

    /// <summary>Applies a change; returns the previous version.</summary>
    public Cluster? Apply(string name, JsonObject? obj)
    {
        var previous = _clusters.GetValueOrDefault(name);
        if (obj is null)
        {
            ImmutableInterlocked.TryRemove(ref _clusters, name, out _);
            return previous;
        }

        var cluster = KarmadaJson.Deserialize<Cluster>(obj);
        ImmutableInterlocked.AddOrUpdate(ref _clusters, name, cluster, (_, _) => cluster);
        return previous;
    }
}
