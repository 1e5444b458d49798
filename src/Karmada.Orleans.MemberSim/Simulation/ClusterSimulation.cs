using System.Globalization;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Karmada.Orleans.Storage;
using Microsoft.Extensions.Logging;
using static Karmada.Orleans.MemberSim.Simulation.SimulatedResources;

namespace Karmada.Orleans.MemberSim.Simulation;

/// <summary>
/// The controllers and kubelets of one simulated cluster, over its object store: workloads get
/// ReplicaSets and pods, pods are scheduled onto nodes that have room and turn Ready (or Succeeded)
/// after a delay, workloads report status as a real cluster would, dependents are garbage-collected
/// with their owner, Services get addresses, and running pods get metrics. One loop per cluster,
/// driven by the store's change feed: it keeps a cache of what it acts on, queues the objects a
/// change affects, and reconciles them one at a time.
/// </summary>
internal sealed partial class ClusterSimulation(IObjectStore store, SimulationSettings settings, ApiActivity api, TimeProvider time, ILogger logger)
{
    private readonly ObjectCache _cache = new();
    private readonly Channel<WatchEvent> _events = Channel.CreateUnbounded<WatchEvent>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly Queue<WorkItem> _queue = new();
    private readonly HashSet<WorkItem> _queued = [];
    private readonly PriorityQueue<ResourceKey, DateTimeOffset> _timers = new();
    private readonly HashSet<ResourceKey> _timed = [];
    private Task<bool>? _arrival;

    private enum Work
    {
        Pod,
        PodReady,
        Deployment,
        ReplicaSet,
        StatefulSet,
        DaemonSet,
        Job,
        Service,
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var pump = Task.Run(() => PumpAsync(cancellationToken), cancellationToken);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await api.QuietAsync(settings.ApiQuietPeriod, settings.MaxControllerWait, cancellationToken);
                while (_events.Reader.TryRead(out var change))
                {
                    Observe(change);
                }

                FireDueTimers();
                for (var i = 0; i < 256 && _queue.TryDequeue(out var item); i++)
                {
                    _queued.Remove(item);
                    try
                    {
                        await ReconcileAsync(item, cancellationToken);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        LogReconcileFailed(logger, ex, item.Work.ToString(), item.Key.ToString());
                    }
                }

                FlushNodeMetrics();
                if (_queue.Count > 0 || _events.Reader.TryPeek(out _))
                {
                    continue;
                }

                await WaitAsync(cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }

        await pump.ContinueWith(_ => { }, TaskScheduler.Default);
    }

    /// <summary>Starts the watch at the beginning of the store's history, so nothing written before is missed.</summary>
    private async Task PumpAsync(CancellationToken cancellationToken)
    {
        long from = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                await foreach (var change in store.WatchAsync("*", new WatchOptions { FromRevision = from }, cancellationToken))
                {
                    if (change.Type != WatchEventType.Bookmark)
                    {
                        from = change.Revision;
                        await _events.Writer.WriteAsync(change, cancellationToken);
                    }
                }
            }
            catch (StoreException ex) when (ex.Kind == StoreErrorKind.Expired)
            {
                from = await ResyncAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>After falling behind the store's history: every watched object is listed again and offered as a change.</summary>
    private async Task<long> ResyncAsync(CancellationToken cancellationToken)
    {
        var from = store.CurrentRevision;
        foreach (var resource in Watched)
        {
            var list = await store.ListAsync(resource, new ListOptions(), cancellationToken);
            foreach (var item in list.Items)
            {
                await _events.Writer.WriteAsync(new WatchEvent(WatchEventType.Modified, item.Revision, item), cancellationToken);
            }
        }

        return from;
    }

    /// <summary>
    /// Waits for a change or the next timer. The wait for a change is kept across calls rather than
    /// cancelled when a timer fires first: cancelling it costs an exception, and timers fire often.
    /// </summary>
    private async Task WaitAsync(CancellationToken cancellationToken)
    {
        _arrival ??= _events.Reader.WaitToReadAsync(cancellationToken).AsTask();
        if (_timers.TryPeek(out _, out var due))
        {
            var delay = due - time.GetUtcNow();
            if (delay <= TimeSpan.Zero)
            {
                return;
            }

            using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            await Task.WhenAny(_arrival, Task.Delay(delay, time, timer.Token));
            await timer.CancelAsync();
        }
        else
        {
            await Task.WhenAny(_arrival);
        }

        if (_arrival.IsCompleted)
        {
            _arrival = null;
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private void Observe(WatchEvent change)
    {
        var stored = change.Object;
        if (stored is null || !Watched.Contains(stored.Key.Resource))
        {
            return;
        }

        if (change.Type == WatchEventType.Deleted)
        {
            if (_cache.Remove(stored.Key, change.Revision) is { } removed)
            {
                OnRemoved(stored.Key, removed);
            }

            return;
        }

        Apply(stored);
    }

    /// <summary>Takes a version into the cache (from the feed or from this loop's own write) and queues what it affects.</summary>
    private void Apply(StoredObject stored)
    {
        if (_cache.Has(stored.Key, stored.Revision))
        {
            // The feed echoing this loop's own write: already cached, no need to parse it again.
            return;
        }

        var obj = stored.ToJsonObject();
        var (applied, _) = _cache.Put(stored.Key, stored.Revision, obj);
        if (applied)
        {
            OnChanged(stored.Key, obj);
        }
    }

    private void OnChanged(ResourceKey key, JsonObject obj)
    {
        switch (key.Resource)
        {
            case Pods:
                TrackPod(key, obj);
                Enqueue(Work.Pod, key);
                EnqueueOwner(key.Namespace, obj);
                break;
            case Nodes:
                _nodes = null;
                EnqueuePending();
                EnqueueAll(Work.DaemonSet, DaemonSets);
                break;
            case Deployments:
                Enqueue(Work.Deployment, key);
                break;
            case ReplicaSets:
                Enqueue(Work.ReplicaSet, key);
                EnqueueOwner(key.Namespace, obj);
                break;
            case StatefulSets:
                Enqueue(Work.StatefulSet, key);
                break;
            case DaemonSets:
                Enqueue(Work.DaemonSet, key);
                break;
            case Jobs:
                Enqueue(Work.Job, key);
                break;
            case Services:
                Enqueue(Work.Service, key);
                break;
        }
    }

    private void OnRemoved(ResourceKey key, JsonObject removed)
    {
        switch (key.Resource)
        {
            case Pods:
                TrackPod(key, null);
                EnqueueOwner(key.Namespace, removed);
                EnqueuePending();
                _ = DeleteQuietlyAsync(new ResourceKey(PodMetrics, key.Namespace, key.Name));
                break;
            case Nodes:
                _nodes = null;
                EnqueueAll(Work.DaemonSet, DaemonSets);
                _ = DeleteQuietlyAsync(new ResourceKey(NodeMetrics, "", key.Name));
                break;
        }

        // Garbage collection: what the removed object owned goes with it (background propagation).
        if (ObjectCache.Uid(removed) is { } uid)
        {
            foreach (var dependent in _cache.AllDependents(uid))
            {
                _ = DeleteQuietlyAsync(dependent);
            }
        }
    }

    private void Enqueue(Work work, ResourceKey key)
    {
        var item = new WorkItem(work, key);
        if (_queued.Add(item))
        {
            _queue.Enqueue(item);
        }
    }

    private void EnqueueAll(Work work, string resource)
    {
        foreach (var (key, _) in _cache.All(resource))
        {
            Enqueue(work, key);
        }
    }

    private void EnqueueOwner(string ns, JsonObject obj)
    {
        var owner = ControllerOf(obj);
        if (owner is null || ForOwnerKind(owner["kind"]?.ToString()) is not { } resource)
        {
            return;
        }

        var work = resource switch
        {
            Deployments => Work.Deployment,
            ReplicaSets => Work.ReplicaSet,
            StatefulSets => Work.StatefulSet,
            DaemonSets => Work.DaemonSet,
            _ => Work.Job,
        };
        Enqueue(work, new ResourceKey(resource, ns, owner["name"]?.ToString() ?? ""));
    }

    private Task ReconcileAsync(WorkItem item, CancellationToken cancellationToken) => item.Work switch
    {
        Work.Pod => SyncPodAsync(item.Key, cancellationToken),
        Work.PodReady => StartPodAsync(item.Key, cancellationToken),
        Work.Deployment => SyncDeploymentAsync(item.Key, cancellationToken),
        Work.ReplicaSet => SyncReplicaSetAsync(item.Key, cancellationToken),
        Work.StatefulSet => SyncStatefulSetAsync(item.Key, cancellationToken),
        Work.DaemonSet => SyncDaemonSetAsync(item.Key, cancellationToken),
        Work.Job => SyncJobAsync(item.Key, cancellationToken),
        Work.Service => SyncServiceAsync(item.Key, cancellationToken),
        _ => Task.CompletedTask,
    };

    private void AddTimer(ResourceKey key, DateTimeOffset due)
    {
        if (_timed.Add(key))
        {
            _timers.Enqueue(key, due);
        }
    }

    private void FireDueTimers()
    {
        var now = time.GetUtcNow();
        while (_timers.TryPeek(out var key, out var due) && due <= now)
        {
            _timers.Dequeue();
            _timed.Remove(key);
            Enqueue(Work.PodReady, key);
        }
    }

    /// <summary>Creates an object and caches the result at once, so the next reconcile sees it.</summary>
    private async Task<bool> CreateAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken)
    {
        try
        {
            Apply(await store.CreateAsync(key, obj, cancellationToken));
            return true;
        }
        catch (StoreException ex) when (ex.Kind is StoreErrorKind.AlreadyExists or StoreErrorKind.NotFound)
        {
            return false;
        }
    }

    /// <summary>
    /// Writes a changed version (with the cached resourceVersion as precondition). A conflict means a
    /// newer version is already on the change feed, which queues the object again.
    /// </summary>
    private async Task<bool> UpdateAsync(ResourceKey key, JsonObject obj, CancellationToken cancellationToken)
    {
        try
        {
            Apply(await store.UpdateAsync(key, obj, cancellationToken));
            return true;
        }
        catch (StoreException ex) when (ex.Kind is StoreErrorKind.Conflict or StoreErrorKind.NotFound)
        {
            return false;
        }
    }

    private async Task DeleteAsync(ResourceKey key, CancellationToken cancellationToken)
    {
        try
        {
            var result = await store.DeleteAsync(key, null, cancellationToken);
            if (result.Deleted)
            {
                if (_cache.Remove(key, result.Object.Revision) is { } removed)
                {
                    OnRemoved(key, removed);
                }
            }
            else
            {
                Apply(result.Object);
            }
        }
        catch (StoreException ex) when (ex.Kind == StoreErrorKind.NotFound)
        {
        }
    }

    /// <summary>Deletes without waiting (garbage collection, metrics); the change feed reports the outcome.</summary>
    private async Task DeleteQuietlyAsync(ResourceKey key)
    {
        try
        {
            await store.DeleteAsync(key, null, CancellationToken.None);
        }
        catch (StoreException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static JsonObject? ControllerOf(JsonObject obj) =>
        (obj["metadata"]?["ownerReferences"] as JsonArray ?? []).OfType<JsonObject>()
            .FirstOrDefault(o => o["controller"] is JsonValue c && c.TryGetValue<bool>(out var b) && b);

    private static bool IsDeleting(JsonObject obj) => obj["metadata"]?["deletionTimestamp"] is not null;

    private static long Generation(JsonObject obj) => obj["metadata"]?["generation"] is JsonValue g && g.TryGetValue<long>(out var v) ? v : 0;

    private static int IntAt(JsonNode? node, int fallback) =>
        node is JsonValue v && v.TryGetValue<int>(out var i) ? i : node is JsonValue d && d.TryGetValue<double>(out var x) ? (int)x : fallback;

    private string Now() => time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Simulation failed to reconcile {Work} {Key}")]
    private static partial void LogReconcileFailed(ILogger logger, Exception exception, string work, string key);

    private readonly record struct WorkItem(Work Work, ResourceKey Key);
}
