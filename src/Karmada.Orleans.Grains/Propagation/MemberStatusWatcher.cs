using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Propagation;
using Karmada.Orleans.Grains.Clusters;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Members.Watch;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Karmada's work-status controller informers: one watch per member cluster and resource, on the
/// objects Karmada manages there, routing every change to the Work that applied the object.
/// </summary>
public sealed partial class MemberStatusWatcher(MemberClientFactory clients, IGrainFactory grains, TimeProvider time, ILogger<MemberStatusWatcher> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<(string Cluster, GroupVersionResource Resource), CancellationTokenSource> _watches = new();

    public void EnsureWatching(string cluster, GroupVersionResource resource)
    {
        if (_watches.ContainsKey((cluster, resource)))
        {
            return;
        }

        var stop = new CancellationTokenSource();
        if (_watches.TryAdd((cluster, resource), stop))
        {
            _ = RunAsync(cluster, resource, stop.Token);
        }
        else
        {
            stop.Dispose();
        }
    }

    /// <summary>Stops every watch on a cluster (it was unjoined).</summary>
    public void Forget(string cluster)
    {
        foreach (var key in _watches.Keys.Where(k => k.Cluster == cluster).ToList())
        {
            if (_watches.TryRemove(key, out var stop))
            {
                stop.Cancel();
                stop.Dispose();
            }
        }
    }

    private async Task RunAsync(string cluster, GroupVersionResource resource, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                var member = await clients.GetAsync(cluster, cancellationToken);
                var informer = member.CreateInformer(member.Resource(resource), new InformerOptions { LabelSelector = $"{WorkLabels.Managed}=true", MetadataOnly = true });
                await foreach (var change in informer.RunAsync(cancellationToken))
                {
                    var obj = change.Type == InformerEventType.Deleted ? change.OldObject ?? change.Object : change.Object;
                    if (obj?["metadata"]?["labels"] is not JsonObject labels
                        || labels[WorkLabels.WorkNamespace]?.GetValue<string>() is not { } workNamespace
                        || labels[WorkLabels.WorkName]?.GetValue<string>() is not { } workName)
                    {
                        continue;
                    }

                    // The event's object is the watcher's alone (the informer caches a metadata copy): it is handed to the Work as is.
                    var work = grains.GetGrain<IWorkGrain>($"{workNamespace}/{workName}");
                    _ = change.Type == InformerEventType.Deleted ? work.ReconcileAsync() : work.ReflectAsync(obj);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogWatchFailed(logger, cluster, resource.ToString(), error);
                try
                {
                    await Task.Delay(TimeSpan.FromSeconds(2), time, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    public ValueTask DisposeAsync()
    {
        foreach (var stop in _watches.Values)
        {
            stop.Cancel();
        }

        _watches.Clear();
        return ValueTask.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Watching {Resource} in cluster {Cluster} failed; retrying")]
    private static partial void LogWatchFailed(ILogger logger, string cluster, string resource, Exception exception);
}
