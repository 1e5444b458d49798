using System.Collections.Concurrent;

namespace Karmada.Orleans.Runtime;

/// <summary>
/// The activation directory of a silo: routes work to the one activation of each grain, creating
/// it on first use, and collects idle activations.
/// </summary>
internal sealed class Catalog(GrainRuntime runtime)
{
    private readonly ConcurrentDictionary<GrainId, GrainActivation> _activations = new();
    private volatile bool _stopping;

    public int Count => _activations.Count;

    public IEnumerable<GrainActivation> Activations => _activations.Values;

    public void Send(GrainId grainId, WorkItem item)
    {
        while (true)
        {
            if (!_activations.TryGetValue(grainId, out var activation))
            {
                if (_stopping)
                {
                    item.Fail(new SiloUnavailableException());
                    return;
                }

                activation = _activations.GetOrAdd(grainId, static (id, rt) => new GrainActivation(rt, id, rt.Registry.GetByTypeName(id.Type)), runtime);
            }

            if (activation.TryEnqueue(item))
            {
                return;
            }

            // That activation is gone; make sure the directory forgets it, then create the next one.
            _activations.TryRemove(KeyValuePair.Create(grainId, activation));
        }
    }

    public bool TryGet(GrainId grainId, out GrainActivation activation) => _activations.TryGetValue(grainId, out activation!);

    public void OnActivated(GrainActivation activation) => runtime.Statistics.OnActivated(activation.ClassInfo.TypeName);

    public void Remove(GrainActivation activation)
    {
        if (_activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation)))
        {
            runtime.Statistics.OnDeactivated(activation.ClassInfo.TypeName);
        }
    }

    /// <summary>Deactivates every activation idle for at least <paramref name="age"/>; returns how many.</summary>
    public int CollectIdle(TimeSpan age)
    {
        var now = runtime.Time.GetTimestamp();
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            if (activation.TryCollectIdle(now, age))
            {
                collected++;
            }
        }

        return collected;
    }

    /// <summary>Stops creating activations and deactivates all existing ones after their queued work.</summary>
    public async Task DeactivateAllAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        var reason = new DeactivationReason(DeactivationReasonCode.ShuttingDown, "The silo is shutting down.");
        while (!_activations.IsEmpty)
        {
            var all = _activations.Values.Select(a => a.DeactivateAsync(reason)).ToArray();
            await Task.WhenAll(all).WaitAsync(cancellationToken);
        }
    }
}
