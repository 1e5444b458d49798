using System.Collections.Concurrent;

namespace Karmada.Orleans.Grains.Diagnostics;

/// <summary>
/// Measures resource distribution latency: remembers when each template's desired state last changed
/// (seen on the change feed) and, the first time after that a Work of the template is applied to a
/// cluster, records the time it took. In-memory and best effort: a silo restart forgets pending changes.
/// </summary>
public sealed class PropagationTracker(TimeProvider time)
{
    private const int MaxTracked = 50_000;
    private static readonly TimeSpan Forget = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Pending> _pending = new(StringComparer.Ordinal);

    public void TemplateChanged(string? templateUid)
    {
        if (string.IsNullOrEmpty(templateUid))
        {
            return;
        }

        var now = time.GetUtcNow();
        if (_pending.Count >= MaxTracked)
        {
            foreach (var (uid, stale) in _pending)
            {
                if (now - stale.ChangedAt > Forget)
                {
                    _pending.TryRemove(uid, out _);
                }
            }
        }

        _pending[templateUid] = new Pending(now);
    }

    /// <summary>A Work of the template was applied to the cluster; returns the latency when this completes a tracked change.</summary>
    public TimeSpan? Applied(string? templateUid, string cluster)
    {
        if (string.IsNullOrEmpty(templateUid) || !_pending.TryGetValue(templateUid, out var pending) || !pending.Clusters.TryAdd(cluster, 0))
        {
            return null;
        }

        var latency = time.GetUtcNow() - pending.ChangedAt;
        ControllerMetrics.Distributed(latency);
        return latency;
    }

    private sealed record Pending(DateTimeOffset ChangedAt)
    {
        public ConcurrentDictionary<string, byte> Clusters { get; } = new(StringComparer.Ordinal);
    }
}
