using Karmada.Orleans.Abstractions.Clusters;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Grains.Clusters;

/// <summary>Follows Cluster objects in the store and tells each cluster's grain when its object changes.</summary>
public sealed partial class ClusterController(IObjectStore store, IGrainFactory grains, TimeProvider time, ILogger<ClusterController> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var list = await store.ListAsync(KarmadaKeys.Clusters, new ListOptions(), stoppingToken);
                foreach (var cluster in list.Items)
                {
                    Notify(cluster.Key.Name);
                }

                await foreach (var e in store.WatchAsync(KarmadaKeys.Clusters, new WatchOptions { FromRevision = list.Revision }, stoppingToken))
                {
                    Notify(e.Object!.Key.Name);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                LogWatchFailed(logger, error);
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
            }
        }
    }

    private void Notify(string name) => _ = NotifyAsync(name);

    private async Task NotifyAsync(string name)
    {
        try
        {
            await grains.GetGrain<IClusterGrain>(name).ReconcileAsync();
        }
        catch (Exception error)
        {
            LogReconcileFailed(logger, name, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Watching clusters failed; retrying")]
    private static partial void LogWatchFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reconciling cluster {Cluster} failed")]
    private static partial void LogReconcileFailed(ILogger logger, string cluster, Exception exception);
}
