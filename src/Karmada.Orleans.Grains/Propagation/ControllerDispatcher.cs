using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Propagation;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Caches;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Scheduling;
using Karmada.Orleans.Storage;
using Karmada.Orleans.Storage.Watch;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Follows the store's change feed (every resource) and tells the controller grains what concerns
/// them: templates to their detector grain, policies to their policy grain, bindings, Works and
/// namespaces to theirs, cluster changes to the bindings they affect. Keeps the policy and
/// cluster caches current first. Controllers are level-triggered: each grain re-reads what it needs.
/// </summary>
public sealed partial class ControllerDispatcher(
    IObjectStore store,
    IGrainFactory grains,
    PolicyCache policies,
    ClusterCache clusters,
    ITemplateResources templates,
    Diagnostics.PropagationTracker propagation,
    TimeProvider time,
    ILogger<ControllerDispatcher> logger) : BackgroundService
{
    public const string ResourceBindings = "resourcebindings.work.karmada.io";
    public const string ClusterResourceBindings = "clusterresourcebindings.work.karmada.io";
    public const string Works = "works.work.karmada.io";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var from = store.CurrentRevision;
                await PrimeAsync(stoppingToken);
                await ResyncAsync(stoppingToken);
                await foreach (var e in store.WatchAsync(WatchHub.AllResources, new WatchOptions { FromRevision = from }, stoppingToken))
                {
                    await RouteAsync(e, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception error)
            {
                // Expired history or a transient failure: prime and resync again.
                LogFeedFailed(logger, error);
                await Task.Delay(TimeSpan.FromMilliseconds(500), time, stoppingToken);
            }
        }
    }

    private async Task PrimeAsync(CancellationToken cancellationToken)
    {
        foreach (var resource in PolicyCache.Resources)
        {
            foreach (var item in (await store.ListAsync(resource, new ListOptions(), cancellationToken)).Items)
            {
                policies.Apply(resource, item.Key.Namespace, item.Key.Name, item.ToJsonObject());
            }
        }

        foreach (var item in (await store.ListAsync(KarmadaKeys.Clusters, new ListOptions(), cancellationToken)).Items)
        {
            clusters.Apply(item.Key.Name, item.ToJsonObject());
        }
    }

    /// <summary>Cold start: every template, binding, Work and namespace gets reconciled once.</summary>
    private async Task ResyncAsync(CancellationToken cancellationToken)
    {
        foreach (var template in templates.All.Where(t => TemplateFilter.IsTemplateResource(t.StorageResource)))
        {
            foreach (var item in (await store.ListAsync(template.StorageResource, new ListOptions(), cancellationToken)).Items)
            {
                if (!TemplateFilter.IsSkippedNamespace(item.Key.Namespace))
                {
                    Notify<IResourceTemplateGrain>(item.Key.StorageKey, g => g.ReconcileAsync());
                }
            }
        }

        foreach (var resource in new[] { ResourceBindings, ClusterResourceBindings })
        {
            foreach (var item in (await store.ListAsync(resource, new ListOptions(), cancellationToken)).Items)
            {
                Notify<IResourceBindingGrain>(item.Key.StorageKey, g => g.ReconcileAsync());
            }
        }

        foreach (var item in (await store.ListAsync(Works, new ListOptions(), cancellationToken)).Items)
        {
            Notify<IWorkGrain>(WorkKey(item.Key), g => g.ReconcileAsync());
        }

        foreach (var item in (await store.ListAsync(KarmadaKeys.Namespaces, new ListOptions(), cancellationToken)).Items)
        {
            Notify<INamespaceSyncGrain>(item.Key.Name, g => g.ReconcileAsync());
        }
    }

    private async Task RouteAsync(WatchEvent e, CancellationToken cancellationToken)
    {
        var key = e.Object!.Key;
        switch (key.Resource)
        {
            case PolicyCache.PropagationPolicies or PolicyCache.ClusterPropagationPolicies:
                policies.Apply(key.Resource, key.Namespace, key.Name, e.Type == WatchEventType.Deleted ? null : e.Object.ToJsonObject());
                if (ChangeFilter.DesiredStateChanged(e))
                {
                    Notify<IPropagationPolicyGrain>(key.StorageKey, g => g.ReconcileAsync());
                }

                break;
            case PolicyCache.OverridePolicies or PolicyCache.ClusterOverridePolicies:
                policies.Apply(key.Resource, key.Namespace, key.Name, e.Type == WatchEventType.Deleted ? null : e.Object.ToJsonObject());
                if (ChangeFilter.DesiredStateChanged(e))
                {
                    await NotifyBindingsAsync(key.Resource == PolicyCache.OverridePolicies ? key.Namespace : null, _ => true, cancellationToken);
                }

                break;
            case KarmadaKeys.Clusters:
                var previous = clusters.Apply(key.Name, e.Type == WatchEventType.Deleted ? null : e.Object.ToJsonObject());
                if (ChangeFilter.DesiredStateChanged(e))
                {
                    var current = clusters.Find(key.Name);
                    await NotifyBindingsAsync(null, b => RescheduleTriggers.ClusterChangeAffects(previous, current, b.Spec, b.Status), cancellationToken);
                    if (previous is null || current?.Metadata.DeletionTimestamp is not null)
                    {
                        await NotifyNamespacesAsync(cancellationToken);
                    }
                }
                else
                {
                    var current = clusters.Find(key.Name);
                    if (ReadinessChanged(previous, current))
                    {
                        // A cluster that turned Ready gets the Works that waited for it.
                        await NotifyWorksInAsync(KarmadaNames.GenerateExecutionSpaceName(key.Name), cancellationToken);
                    }

                    if (!ApiEnablementsEqual(previous, current))
                    {
                        // New APIs (e.g. a CRD just propagated) may make unschedulable bindings fit now.
                        await NotifyBindingsAsync(null, b => b.Status?.Conditions?.Any(c => c.Type == BindingConditions.Scheduled && c.Status == ConditionStatus.False) == true, cancellationToken, reschedule: true);
                    }
                }

                break;
            case ResourceBindings or ClusterResourceBindings:
                if (ChangeFilter.DesiredStateChanged(e))
                {
                    var revision = e.Object.Revision;
                    Notify<IResourceBindingGrain>(key.StorageKey, g => g.BindingChangedAsync(revision));
                }

                break;
            case Works:
                var (desiredChanged, statusChanged) = ChangeFilter.Classify(e);
                if (desiredChanged)
                {
                    Notify<IWorkGrain>(WorkKey(key), g => g.ReconcileAsync());
                }

                if (e.Type == WatchEventType.Deleted || statusChanged)
                {
                    if (WorkLabels.BindingKeyOf(e.Object) is { } bindingKey)
                    {
                        Notify<IResourceBindingGrain>(bindingKey, g => g.AggregateStatusAsync());
                    }
                }

                break;
            case KarmadaKeys.Namespaces:
                if (ChangeFilter.DesiredStateChanged(e))
                {
                    Notify<INamespaceSyncGrain>(key.Name, g => g.ReconcileAsync());
                }

                break;
            default:
                if (TemplateFilter.IsTemplateResource(key.Resource) && !TemplateFilter.IsSkippedNamespace(key.Namespace) && ChangeFilter.DesiredStateChanged(e))
                {
                    if (e.Type != WatchEventType.Deleted)
                    {
                        propagation.TemplateChanged(StoredJsonPath.String(e.Object, "metadata", "uid"));
                    }

                    Notify<IResourceTemplateGrain>(key.StorageKey, g => g.ReconcileAsync());
                }

                break;
        }
    }

    private static bool ApiEnablementsEqual(Cluster? previous, Cluster? current) =>
        System.Text.Json.JsonSerializer.Serialize(previous?.Status?.APIEnablements, KarmadaJson.Options) == System.Text.Json.JsonSerializer.Serialize(current?.Status?.APIEnablements, KarmadaJson.Options);

    private static bool ReadinessChanged(Cluster? previous, Cluster? current) =>
        Conditions.IsTrue(previous?.Status?.Conditions, ClusterConditions.Ready) != Conditions.IsTrue(current?.Status?.Conditions, ClusterConditions.Ready);

    private async Task NotifyBindingsAsync(string? ns, Func<ResourceBinding, bool> affected, CancellationToken cancellationToken, bool reschedule = false)
    {
        foreach (var resource in ns is null ? new[] { ResourceBindings, ClusterResourceBindings } : [ResourceBindings])
        {
            var list = await store.ListAsync(resource, new ListOptions { Namespace = resource == ResourceBindings ? ns : null }, cancellationToken);
            foreach (var item in list.Items)
            {
                ResourceBinding binding;
                try
                {
                    binding = KarmadaJson.Deserialize<ResourceBinding>(item.ToJsonObject());
                }
                catch (System.Text.Json.JsonException)
                {
                    continue;
                }

                if (affected(binding))
                {
                    Notify<IResourceBindingGrain>(item.Key.StorageKey, g => reschedule ? g.RescheduleAsync() : g.ReconcileAsync());
                }
            }
        }
    }

    private async Task NotifyNamespacesAsync(CancellationToken cancellationToken)
    {
        foreach (var item in (await store.ListAsync(KarmadaKeys.Namespaces, new ListOptions(), cancellationToken)).Items)
        {
            Notify<INamespaceSyncGrain>(item.Key.Name, g => g.ReconcileAsync());
        }
    }

    private async Task NotifyWorksInAsync(string executionSpace, CancellationToken cancellationToken)
    {
        foreach (var item in (await store.ListAsync(Works, new ListOptions { Namespace = executionSpace }, cancellationToken)).Items)
        {
            Notify<IWorkGrain>(WorkKey(item.Key), g => g.ReconcileAsync());
        }
    }

    public static string WorkKey(ResourceKey key) => $"{key.Namespace}/{key.Name}";

    private void Notify<TGrain>(string key, Func<TGrain, Task> call)
        where TGrain : IGrainWithStringKey
    {
        _ = NotifyAsync(key, call);
    }

    private async Task NotifyAsync<TGrain>(string key, Func<TGrain, Task> call)
        where TGrain : IGrainWithStringKey
    {
        try
        {
            await call(grains.GetGrain<TGrain>(key));
        }
        catch (Exception error)
        {
            LogNotifyFailed(logger, typeof(TGrain).Name, key, error);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The controller change feed failed; resyncing")]
    private static partial void LogFeedFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Grain} {Key} failed to reconcile")]
    private static partial void LogNotifyFailed(ILogger logger, string grain, string key, Exception exception);
}
