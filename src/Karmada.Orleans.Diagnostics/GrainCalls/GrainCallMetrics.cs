using System.Collections.Concurrent;
using System.Reflection;

namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>
/// Call statistics of every grain method of the silo, plus the slowest and busiest grains. One
/// <see cref="GrainMethodStats"/> per (grain type, method name), found by MethodInfo on the hot path.
/// </summary>
public sealed class GrainCallMetrics(TimeProvider time)
{
    // By reference: MethodInfo's own Equals and GetHashCode call into the runtime on every lookup.
    private readonly ConcurrentDictionary<MethodInfo, GrainMethodStats[]> _byMethod = new(ReferenceEqualityComparer.Instance);
    private readonly ConcurrentDictionary<(string Type, string Method), GrainMethodStats> _byName = new();

    public SlowestCalls Slowest { get; } = new(time);

    public BusiestGrains Busiest { get; } = new(time);

    public IReadOnlyList<GrainMethodStats> All => [.. _byName.Values];

    public void Record(GrainId grain, MethodInfo method, long elapsedTicks, bool failed)
    {
        var stats = For(grain.Type, method);
        stats.Record(elapsedTicks, failed);
        Slowest.Offer(grain, stats, elapsedTicks);
        Busiest.Sample(grain);
    }

    public GrainMethodStats For(string grainType, MethodInfo method)
    {
        if (_byMethod.TryGetValue(method, out var candidates))
        {
            foreach (var candidate in candidates)
            {
                if (ReferenceEquals(candidate.GrainType, grainType) || string.Equals(candidate.GrainType, grainType, StringComparison.Ordinal))
                {
                    return candidate;
                }
            }
        }

        return Add(grainType, method);
    }

    private GrainMethodStats Add(string grainType, MethodInfo method)
    {
        // Overloads and same-named methods of several interfaces share one series, so labels stay unique.
        var stats = _byName.GetOrAdd((grainType, method.Name), static key => new GrainMethodStats(key.Type, key.Method));
        _byMethod.AddOrUpdate(method, [stats], (_, existing) => existing.Contains(stats) ? existing : [.. existing, stats]);
        return stats;
    }
}
