using System.Collections.Immutable;
using System.Text.Json.Nodes;
using Karmada.Orleans.Apis;

namespace Karmada.Orleans.Grains.Caches;

/// <summary>
/// Every propagation and override policy, kept current by the controller dispatcher, so matching a
/// template does not read the store. Snapshots are immutable.
/// </summary>
public sealed class PolicyCache
{
    public const string PropagationPolicies = "propagationpolicies.policy.karmada.io";
    public const string ClusterPropagationPolicies = "clusterpropagationpolicies.policy.karmada.io";
    public const string OverridePolicies = "overridepolicies.policy.karmada.io";
    public const string ClusterOverridePolicies = "clusteroverridepolicies.policy.karmada.io";

    public static readonly IReadOnlySet<string> Resources = new HashSet<string>(StringComparer.Ordinal)
    {
        PropagationPolicies, ClusterPropagationPolicies, OverridePolicies, ClusterOverridePolicies,
    };

    private ImmutableDictionary<string, PropagationPolicy> _pp = ImmutableDictionary<string, PropagationPolicy>.Empty;
    private ImmutableDictionary<string, ClusterPropagationPolicy> _cpp = ImmutableDictionary<string, ClusterPropagationPolicy>.Empty;
    private ImmutableDictionary<string, OverridePolicy> _op = ImmutableDictionary<string, OverridePolicy>.Empty;
    private ImmutableDictionary<string, ClusterOverridePolicy> _cop = ImmutableDictionary<string, ClusterOverridePolicy>.Empty;

    public IEnumerable<PropagationPolicy> PropagationPoliciesIn(string ns) => _pp.Values.Where(p => p.Metadata.Namespace == ns);

    public IEnumerable<ClusterPropagationPolicy> AllClusterPropagationPolicies => _cpp.Values;

    public IEnumerable<OverridePolicy> OverridePoliciesIn(string ns) => _op.Values.Where(p => p.Metadata.Namespace == ns);

    public IEnumerable<ClusterOverridePolicy> AllClusterOverridePolicies => _cop.Values;

    public PropagationPolicy? FindPropagationPolicy(string ns, string name) => _pp.GetValueOrDefault($"{ns}/{name}");

    public ClusterPropagationPolicy? FindClusterPropagationPolicy(string name) => _cpp.GetValueOrDefault(name);

    /// <summary>Applies one stored change; deleted = the object is gone.</summary>
    public void Apply(string resource, string ns, string name, JsonObject? obj)
    {
        var key = ns.Length == 0 ? name : $"{ns}/{name}";
        switch (resource)
        {
            case PropagationPolicies:
                Set(ref _pp, key, obj);
                break;
            case ClusterPropagationPolicies:
                Set(ref _cpp, key, obj);
                break;
            case OverridePolicies:
                Set(ref _op, key, obj);
                break;
            case ClusterOverridePolicies:
                Set(ref _cop, key, obj);
                break;
        }
    }

    private static void Set<T>(ref ImmutableDictionary<string, T> map, string key, JsonObject? obj)
    {
        if (obj is null)
        {
            ImmutableInterlocked.TryRemove(ref map, key, out _);
            return;
        }

        T value;
        try
        {
            value = KarmadaJson.Deserialize<T>(obj);
        }
        catch (System.Text.Json.JsonException)
        {
            // Admission keeps malformed policies out; one that slipped in is ignored rather than crashing the feed.
            ImmutableInterlocked.TryRemove(ref map, key, out _);
            return;
        }

        ImmutableInterlocked.AddOrUpdate(ref map, key, value, (_, _) => value);
    }
}
