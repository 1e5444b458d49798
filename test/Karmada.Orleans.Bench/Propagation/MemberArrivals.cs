using System.Diagnostics;
using Karmada.Orleans.MemberSim;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Bench.Propagation;

/// <summary>
/// Watches every simulated member's own store for Deployments arriving in the benchmark namespace
/// and records, per Deployment, when the last of its target members got it: exact timestamps with
/// no polling, taken underneath the members' APIs.
/// </summary>
public sealed class MemberArrivals : IAsyncDisposable
{
    private readonly object _lock = new();
    private readonly Dictionary<string, (int Count, long LastTimestamp)> _arrivals = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly List<Task> _watchers = [];
    private readonly int _targets;
    private int _complete;
    private long _objects;

    public MemberArrivals(IEnumerable<SimulatedCluster> members, string ns, int targets)
    {
        _targets = targets;
        foreach (var member in members)
        {
            _watchers.Add(Task.Run(() => WatchAsync(member.Store, ns)));
        }
    }

    public int Complete => Volatile.Read(ref _complete);

    public long Objects => Interlocked.Read(ref _objects);

    /// <summary>The Stopwatch timestamp at which the deployment had reached all its targets, if it has.</summary>
    public long? CompletedAt(string name)
    {
        lock (_lock)
        {
            return _arrivals.TryGetValue(name, out var arrival) && arrival.Count >= _targets ? arrival.LastTimestamp : null;
        }
    }

    private async Task WatchAsync(IObjectStore store, string ns)
    {
        try
        {
            await foreach (var change in store.WatchAsync("deployments.apps", new WatchOptions { Namespace = ns }, _stop.Token))
            {
                if (change.Type != WatchEventType.Added || change.Object is null)
                {
                    continue;
                }

                var now = Stopwatch.GetTimestamp();
                Interlocked.Increment(ref _objects);
                lock (_lock)
                {
                    var (count, _) = _arrivals.GetValueOrDefault(change.Object.Key.Name);
                    _arrivals[change.Object.Key.Name] = (count + 1, now);
                    if (count + 1 == _targets)
                    {
                        _complete++;
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_watchers);
        _stop.Dispose();
    }
}
