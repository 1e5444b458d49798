using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Propagation;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Caches;
using Karmada.Orleans.Grains.Events;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Policies;
using Karmada.Orleans.Scheduling;
using Karmada.Orleans.Storage;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// One (Cluster)ResourceBinding: Karmada's scheduler (placement decided by the pure scheduling
/// library), binding controller (one Work per target cluster, overrides applied, replicas revised,
/// orphans removed) and binding-status controller (aggregatedStatus, FullyApplied, the template's
/// own status aggregated from the members).
/// </summary>
public sealed class ResourceBindingGrain(
    IObjectStore store,
    ClusterCache clusters,
    PolicyCache policies,
    ITemplateResources templates,
    EventRecorder events,
    TimeProvider time) : Grain, IResourceBindingGrain
{
    public const string Finalizer = "karmada.io/binding-controller";
    private static readonly KarmadaScheduler Scheduler = new();
    private static readonly TimeSpan MaxScheduleBackoff = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan AggregationDelay = TimeSpan.FromMilliseconds(100);

    private IGrainTimer? _scheduleRetry;
    private HashSet<string>? _workClusters;
    private IGrainTimer? _aggregation;
    private TimeSpan _scheduleBackoff = TimeSpan.FromMilliseconds(500);
    private bool _retryingFailedSchedule;

    /// <summary>
    /// The revision of this activation's own last write of the binding, when that write merged no
    /// change from elsewhere and the reconcile that made it went through: its echo on the change feed
    /// needs no second reconcile.
    /// </summary>
    private long _ownRevision = -1;

    private ResourceKey Key => StorageKeys.Parse(GetPrimaryKeyString());

    private bool IsCluster => Key.Resource == ControllerDispatcher.ClusterResourceBindings;

    private string DisplayName => IsCluster ? Key.Name : $"{Key.Namespace}/{Key.Name}";

    public Task BindingChangedAsync(long revision) => revision == _ownRevision ? Task.CompletedTask : ReconcileAsync();

    public async Task ReconcileAsync()
    {
        _ownRevision = -1;
        var stored = await store.GetAsync(Key);
        if (stored is null)
        {
            DeactivateOnIdle();
            return;
        }

        var json = stored.ToJsonObject();
        if (json["metadata"]?["deletionTimestamp"] is not null)
        {
            await CleanUpAsync(json);
            return;
        }

        if (!(json["metadata"]?["finalizers"] as JsonArray ?? []).Any(f => f?.GetValue<string>() == Finalizer))
        {
            stored = await store.UpdateAsync(Key, b =>
            {
                var finalizers = ObjectMutations.Metadata(b)["finalizers"] as JsonArray ?? [];
                finalizers.Add(Finalizer);
                ObjectMutations.Metadata(b)["finalizers"] = finalizers;
                return true;
            }) ?? stored;
            json = stored.ToJsonObject();
        }

        var binding = KarmadaJson.Deserialize<ResourceBinding>(json);
        if (_workClusters is null && NeverScheduled(binding))
        {
            // A binding that was never scheduled has no Works yet: no need to look for some in every cluster.
            _workClusters = new HashSet<string>(StringComparer.Ordinal);
        }

        var template = await TemplateAsync(binding);
        (binding, var written) = await ScheduleAsync(binding, template, stored.Revision);
        await DependenciesDistributor.SyncAsync(store, Key, binding, template, templates);
        var worksWritten = false;
        if (template is not null)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            (var synced, worksWritten) = await RenderWorksAsync(binding, json, template);
            Diagnostics.ControllerMetrics.WorksSynced(synced, started);
            if (synced && written is { } own)
            {
                _ownRevision = own;
            }
        }

        if (!worksWritten)
        {
            // Works that were written report their status as they are applied (or fail to be), and that
            // brings the aggregation; aggregating now would only record them as not applied yet.
            await AggregateStatusAsync();
        }
    }

    private static bool NeverScheduled(ResourceBinding binding) =>
        binding.Spec.Clusters is not { Count: > 0 } && binding.Spec.RequiredBy is not { Count: > 0 }
        && binding.Status?.SchedulerObservedGeneration is null && binding.Status?.AggregatedStatus is not { Count: > 0 };

    public Task RescheduleAsync()
    {
        _retryingFailedSchedule = true;
        return ReconcileAsync();
    }

    private async Task<JsonObject?> TemplateAsync(ResourceBinding binding)
    {
        var reference = binding.Spec.Resource;
        var resource = templates.FindByKind(reference.ApiVersion, reference.Kind);
        if (resource is null)
        {
            return null;
        }

        return (await store.GetAsync(new ResourceKey(resource.StorageResource, reference.Namespace ?? "", reference.Name)))?.ToJsonObject();
    }

    /// <summary>
    /// Schedules the binding if it needs it and writes the result. Returns the binding as scheduled,
    /// and the revision written when the write was based on <paramref name="readRevision"/> (nothing
    /// from elsewhere merged in).
    /// </summary>
    private async Task<(ResourceBinding Binding, long? Written)> ScheduleAsync(ResourceBinding binding, JsonObject? template, long readRevision)
    {
        if (binding.Spec.Placement is null)
        {
            // An attached (dependency) binding follows the bindings that require it; nothing to schedule.
            return (binding, null);
        }

        var all = clusters.All;
        var decision = RescheduleTriggers.Evaluate(binding, all);
        var retry = _retryingFailedSchedule;
        _retryingFailedSchedule = false;
        if (!retry && (!decision.ShouldSchedule
            || (decision.Reason == RescheduleReason.DuplicatedOrNonWorkload && binding.Status?.SchedulerObservedGeneration == binding.Metadata.Generation)))
        {
            return (binding, null);
        }

        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var outcome = Scheduler.Schedule(binding, all);
        ScheduleRetry(outcome.Succeeded);
        var updated = outcome.ApplyTo(binding, time.GetUtcNow());
        var basedOnRead = false;
        var changedAny = false;
        var stored = await store.UpdateAsync(Key, b =>
        {
            basedOnRead = b["metadata"]?["resourceVersion"]?.GetValue<string>() == readRevision.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var spec = b["spec"] as JsonObject ?? [];
            var status = b["status"] as JsonObject ?? [];
            var updatedJson = KarmadaJson.ToNode(updated).AsObject();
            var changed = false;
            if (!JsonNode.DeepEquals(spec["clusters"], updatedJson["spec"]?["clusters"]))
            {
                spec["clusters"] = updatedJson["spec"]?["clusters"]?.DeepClone();
                changed = true;
            }

            var annotations = ObjectMutations.Metadata(b)["annotations"] as JsonObject ?? [];
            var placement = updated.Metadata.Annotations?.GetValueOrDefault(KarmadaAnnotations.AppliedPlacement);
            if (placement is not null && annotations[KarmadaAnnotations.AppliedPlacement]?.GetValue<string>() != placement)
            {
                annotations[KarmadaAnnotations.AppliedPlacement] = placement;
                ObjectMutations.Metadata(b)["annotations"] = annotations;
                changed = true;
            }

            foreach (var (field, value) in updatedJson["status"] as JsonObject ?? [])
            {
                if (field != "aggregatedStatus" && !JsonNode.DeepEquals(status[field], value))
                {
                    status[field] = value?.DeepClone();
                    changed = true;
                }
            }

            b["spec"] = spec;
            b["status"] = status;
            changedAny = changed;
            return changed;
        });
        Diagnostics.ControllerMetrics.Scheduled(decision.Reason, outcome.Succeeded, started);

        var involved = new List<InvolvedObject> { BindingInvolved(binding) };
        if (template is not null)
        {
            involved.Add(InvolvedObject.Of(template));
        }

        foreach (var target in involved)
        {
            if (outcome.Succeeded)
            {
                var result = string.Join(", ", (updated.Spec.Clusters ?? []).Select(c => $"{c.Name}:{c.Replicas}"));
                await events.RecordAsync(target, EventRecorder.Normal, "ScheduleBindingSucceed", $"Binding has been scheduled successfully. Result: {{{result}}}", "default-scheduler");
            }
            else
            {
                await events.RecordAsync(target, EventRecorder.Warning, "ScheduleBindingFailed", outcome.Error!.Message, "default-scheduler");
            }
        }

        return (updated, stored is not null && changedAny && basedOnRead ? stored.Revision : null);
    }

    /// <summary>
    /// A binding that failed to schedule is tried again with growing backoff (Karmada's rate-limited
    /// requeue): cluster status such as API enablements can change without any event that re-enqueues it.
    /// </summary>
    private void ScheduleRetry(bool succeeded)
    {
        _scheduleRetry?.Dispose();
        _scheduleRetry = null;
        if (succeeded)
        {
            _scheduleBackoff = TimeSpan.FromMilliseconds(500);
            return;
        }

        _scheduleRetry = RegisterGrainTimer(static (grain, _) => grain.RescheduleAsync(), this, new GrainTimerCreationOptions(_scheduleBackoff, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        _scheduleBackoff = TimeSpan.FromTicks(Math.Min(MaxScheduleBackoff.Ticks, _scheduleBackoff.Ticks * 2));
    }

    private InvolvedObject BindingInvolved(ResourceBinding binding) =>
        new("work.karmada.io/v1alpha2", IsCluster ? "ClusterResourceBinding" : "ResourceBinding", IsCluster ? null : Key.Namespace, Key.Name, binding.Metadata.Uid);

    /// <summary>Writes the binding's Works: whether all could be rendered, and whether any was created, changed or deleted.</summary>
    private async Task<(bool Synced, bool Written)> RenderWorksAsync(ResourceBinding binding, JsonObject json, JsonObject template)
    {
        // Scheduled clusters plus, for dependencies, every cluster of a binding that requires this one.
        var targets = (binding.Spec.Clusters ?? [])
            .Concat((binding.Spec.RequiredBy ?? []).SelectMany(r => r.Clusters ?? []).Select(c => c with { Replicas = 0 }))
            .GroupBy(c => c.Name).Select(g => g.First()).ToList();
        var reference = binding.Spec.Resource;
        var workName = WorkNames.GenerateWorkName(reference.Kind, reference.Name, reference.Namespace);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var written = false;
        var failures = new List<string>();
        var upserts = new List<Task<bool>>();
        var ns = template["metadata"]?["namespace"]?.GetValue<string>() ?? "";
        var completions = JobCompletionShares(binding, template);
        foreach (var target in targets)
        {
            var cluster = clusters.Find(target.Name);
            if (cluster is null)
            {
                continue;
            }

            var manifest = Clean(template);
            if (binding.Spec.Replicas > 0 && target.Replicas is { } replicas)
            {
                manifest = BuiltInInterpreter.ReviseReplica(manifest, replicas);
            }

            if (completions?.GetValueOrDefault(target.Name) is { } share)
            {
                manifest = BuiltInInterpreter.ReviseJobCompletions(manifest, share);
            }

            var overridden = OverrideManager.Apply(manifest, cluster, policies.AllClusterOverridePolicies, ns.Length == 0 ? [] : policies.OverridePoliciesIn(ns));
            if (!overridden.Succeeded)
            {
                failures.Add($"cluster {target.Name}: {overridden.Error}");
                continue;
            }

            var executionSpace = KarmadaNames.GenerateExecutionSpaceName(target.Name);
            wanted.Add(executionSpace);
            var probablyAbsent = _workClusters is { } known && !known.Contains(target.Name);
            upserts.Add(UpsertWorkAsync(new ResourceKey(ControllerDispatcher.Works, executionSpace, workName), binding, template, overridden.Object!, overridden.WorkAnnotations(), probablyAbsent));
            _workClusters?.Add(target.Name);
        }

        // All Works of the binding go to the store together (one group commit rather than one per cluster).
        written |= (await Task.WhenAll(upserts)).Any(w => w);

        // Orphans: Works in clusters no longer targeted (when this activation knows where its Works are,
        // only those clusters are read; otherwise every cluster is probed once).
        var candidates = _workClusters?.Where(c => !wanted.Contains(KarmadaNames.GenerateExecutionSpaceName(c))).ToList();
        foreach (var orphan in await WorksAsync(binding, candidates))
        {
            if (!wanted.Contains(orphan.Key.Namespace))
            {
                await store.DeleteIfPresentAsync(orphan.Key);
                written = true;
            }
        }

        foreach (var failure in failures)
        {
            await events.RecordAsync(InvolvedObject.Of(template), EventRecorder.Warning, "SyncWorkFailed", $"Failed to sync work of resourceBinding({DisplayName}): {failure}", "binding-controller");
        }

        if (written && failures.Count == 0)
        {
            var message = $"Sync work of resourceBinding({DisplayName}) successful.";
            await events.RecordAsync(InvolvedObject.Of(template), EventRecorder.Normal, "SyncWorkSucceed", message, "binding-controller");
            await events.RecordAsync(BindingInvolved(binding), EventRecorder.Normal, "SyncWorkSucceed", message, "binding-controller");
        }

        return (failures.Count == 0, written);
    }

    /// <summary>
    /// A divided Job's completions, shared among its clusters in proportion to their replicas (the
    /// scheduler's dispenser, as Karmada does); null when the Job's completions are not divided.
    /// </summary>
    private static Dictionary<string, int>? JobCompletionShares(ResourceBinding binding, JsonObject template)
    {
        if (!BuiltInInterpreter.ShouldDivideJobCompletions(template, binding.Spec.Replicas, binding.Spec.Placement)
            || BuiltInInterpreter.JobCompletions(template) is not { } completions)
        {
            return null;
        }

        var weights = (binding.Spec.Clusters ?? []).Select(c => (c.Name, (long)c.Replicas)).ToList();
        return Dispenser.TakeByWeight((int)completions, weights, null, binding.Metadata.Uid)
            .ToDictionary(c => c.Name, c => c.Replicas, StringComparer.Ordinal);
    }

    /// <summary>The template as a member should receive it: no server-set metadata, no status.</summary>
    private static JsonObject Clean(JsonObject template)
    {
        var manifest = template.DeepClone().AsObject();
        manifest.Remove("status");
        var metadata = ObjectMutations.Metadata(manifest);
        foreach (var field in new[] { "uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp", "deletionGracePeriodSeconds", "managedFields", "ownerReferences", "finalizers", "selfLink" })
        {
            metadata.Remove(field);
        }

        if (manifest["kind"]?.GetValue<string>() == "Service" && manifest["spec"] is JsonObject spec && spec["clusterIP"]?.GetValue<string>() != "None")
        {
            spec.Remove("clusterIP");
            spec.Remove("clusterIPs");
        }

        // The template's generation travels with the manifest, so aggregated status can tell when every
        // member has caught up; the managed keys let Retain drop labels and annotations the template lost.
        var annotations = metadata["annotations"] as JsonObject ?? [];
        annotations[ManagedMetadata.ResourceTemplateGeneration] = (template["metadata"]?["generation"]?.GetValue<long>() ?? 0).ToString(System.Globalization.CultureInfo.InvariantCulture);
        metadata["annotations"] = annotations;
        return ManagedMetadata.Record(manifest);
    }

    /// <summary>Creates or updates one Work; <paramref name="probablyAbsent"/> tries the create first (new bindings: one request instead of a read and a create).</summary>
    private async Task<bool> UpsertWorkAsync(ResourceKey key, ResourceBinding binding, JsonObject template, JsonObject manifest, IReadOnlyDictionary<string, string> overrideAnnotations, bool probablyAbsent)
    {
        var labels = new JsonObject { [IsCluster ? WorkLabels.ClusterBindingPermanentId : WorkLabels.BindingPermanentId] = binding.Metadata.Uid };
        var annotations = new JsonObject();
        if (IsCluster)
        {
            annotations[WorkLabels.ClusterBindingName] = Key.Name;
        }
        else
        {
            annotations[WorkLabels.BindingName] = Key.Name;
            annotations[WorkLabels.BindingNamespace] = Key.Namespace;
        }

        annotations[WorkLabels.ConflictResolution] = string.Equals(binding.Spec.ConflictResolution, "Overwrite", StringComparison.OrdinalIgnoreCase) ? "overwrite" : "abort";
        annotations[WorkAnnotations.TemplateUid] = template["metadata"]?["uid"]?.DeepClone();
        foreach (var (k, v) in overrideAnnotations)
        {
            annotations[k] = v;
        }

        var spec = new JsonObject { ["workload"] = new JsonObject { ["manifests"] = new JsonArray(manifest) } };
        if (binding.Spec.PreserveResourcesOnDeletion == true)
        {
            spec["preserveResourcesOnDeletion"] = true;
        }

        if (binding.Spec.Suspension?.Dispatching == true)
        {
            spec["suspendDispatching"] = true;
        }

        JsonObject NewWork() => new()
        {
            ["apiVersion"] = "work.karmada.io/v1alpha1",
            ["kind"] = "Work",
            // The execution controller's finalizer comes with the Work (one write fewer per Work than adding it later).
            // Shared with the update below, which only reads them: the store does not change what it is given.
            ["metadata"] = new JsonObject { ["name"] = key.Name, ["namespace"] = key.Namespace, ["labels"] = labels, ["annotations"] = annotations, ["finalizers"] = new JsonArray(WorkGrain.Finalizer) },
            ["spec"] = spec,
        };

        StoredObject? existing = null;
        if ((probablyAbsent || (existing = await store.GetAsync(key)) is null) && await store.CreateIfMissingAsync(key, NewWork()))
        {
            return true;
        }

        // Re-rendering an unchanged binding is the common case: compare with the stored Work as read, without parsing it into nodes.
        if (existing is not null && StoredJsonEquality.Same(existing, (["spec"], spec), (["metadata", "labels"], labels), (["metadata", "annotations"], annotations)))
        {
            return false;
        }

        var changed = false;
        await store.UpdateAsync(key, work =>
        {
            var metadata = ObjectMutations.Metadata(work);
            if (JsonNode.DeepEquals(work["spec"], spec) && JsonNode.DeepEquals(metadata["annotations"], annotations) && JsonNode.DeepEquals(metadata["labels"], labels))
            {
                return false;
            }

            work["spec"] = spec.DeepClone();
            metadata["annotations"] = annotations.DeepClone();
            metadata["labels"] = labels.DeepClone();
            changed = true;
            return true;
        });
        return changed;
    }

    /// <summary>
    /// The binding's Works: each is named from the template and lives in a cluster's execution
    /// namespace, so they are read by key rather than by listing every Work. Candidates are the given
    /// clusters, else every cluster that may hold one (all clusters once per activation, then the
    /// ones this activation wrote to or found).
    /// </summary>
    private async Task<IReadOnlyList<StoredObject>> WorksAsync(ResourceBinding binding, IEnumerable<string>? onlyClusters = null)
    {
        var reference = binding.Spec.Resource;
        var workName = WorkNames.GenerateWorkName(reference.Kind, reference.Name, reference.Namespace);
        var label = IsCluster ? WorkLabels.ClusterBindingPermanentId : WorkLabels.BindingPermanentId;
        _workClusters ??= clusters.All.Select(c => c.Metadata.Name!).ToHashSet(StringComparer.Ordinal);
        var found = new List<StoredObject>();
        foreach (var cluster in (onlyClusters ?? _workClusters).ToList())
        {
            var stored = await store.GetAsync(new ResourceKey(ControllerDispatcher.Works, KarmadaNames.GenerateExecutionSpaceName(cluster), workName));
            if (stored is null)
            {
                _workClusters.Remove(cluster);
                continue;
            }

            if (StoredJsonPath.String(stored, "metadata", "labels", label) == binding.Metadata.Uid)
            {
                _workClusters.Add(cluster);
                found.Add(stored);
            }
        }

        return found;
    }

    /// <summary>
    /// Work statuses arrive in bursts (every member reports as pods start); they are folded into one
    /// aggregation shortly after the first, instead of one full aggregation per Work change.
    /// </summary>
    public Task AggregateStatusAsync()
    {
        _aggregation ??= RegisterGrainTimer(static (grain, _) => grain.AggregateNowAsync(), this, new GrainTimerCreationOptions(AggregationDelay, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        return Task.CompletedTask;
    }

    private async Task AggregateNowAsync()
    {
        _aggregation?.Dispose();
        _aggregation = null;
        var stored = await store.GetAsync(Key);
        if (stored is null)
        {
            return;
        }

        var json = stored.ToJsonObject();
        if (json["metadata"]?["deletionTimestamp"] is not null)
        {
            await CleanUpAsync(json);
            return;
        }

        var binding = KarmadaJson.Deserialize<ResourceBinding>(json);
        var targetNames = (binding.Spec.Clusters ?? []).Select(c => c.Name)
            .Concat((binding.Spec.RequiredBy ?? []).SelectMany(r => r.Clusters ?? []).Select(c => c.Name)).Distinct().ToList();
        var works = (await WorksAsync(binding, targetNames)).ToDictionary(w => KarmadaNames.GetClusterName(w.Key.Namespace) ?? "", w => w);
        var items = new List<AggregatedStatusItem>();
        foreach (var target in targetNames)
        {
            items.Add(works.TryGetValue(target, out var work)
                ? WorkStatusItem.Read(work, target)
                : new AggregatedStatusItem { ClusterName = target, Applied = false, AppliedMessage = "the work has not been created yet", Health = "Unknown" });
        }

        var fullyApplied = items.Count > 0 && items.All(i => i.Applied == true);
        var condition = new Condition
        {
            Type = BindingConditions.FullyApplied,
            Status = fullyApplied ? ConditionStatus.True : ConditionStatus.False,
            Reason = fullyApplied ? "FullyAppliedSuccess" : "FullyAppliedFailed",
            Message = fullyApplied ? "All works have been successfully applied" : "Failed to apply all works, see status.aggregatedStatus for details",
        };
        var bindingChanged = false;
        await store.UpdateAsync(Key, b =>
        {
            var status = b["status"] as JsonObject ?? [];
            var before = status.DeepClone();
            var conditions = KarmadaJson.Deserialize<List<Condition>>(status["conditions"] ?? new JsonArray());
            status["conditions"] = KarmadaJson.ToNode(Conditions.Set(conditions, condition, time.GetUtcNow()));
            status["aggregatedStatus"] = KarmadaJson.ToNode(items);
            if (JsonNode.DeepEquals(before, status))
            {
                return false;
            }

            b["status"] = status;
            bindingChanged = true;
            return true;
        });

        var templateJson = await TemplateAsync(binding);
        if (templateJson is null)
        {
            return;
        }

        var aggregated = BuiltInInterpreter.AggregateStatus(templateJson, items, time.GetUtcNow());
        if (aggregated is not null && !JsonNode.DeepEquals(templateJson["status"], aggregated))
        {
            var reference = binding.Spec.Resource;
            var resource = templates.FindByKind(reference.ApiVersion, reference.Kind)!;
            await store.UpdateAsync(new ResourceKey(resource.StorageResource, reference.Namespace ?? "", reference.Name), t =>
            {
                t["status"] = aggregated.DeepClone();
                return true;
            });
        }

        if (bindingChanged && items.Any(i => i.Status is not null))
        {
            await events.RecordAsync(InvolvedObject.Of(templateJson), EventRecorder.Normal, "AggregateStatusSucceed", $"Update resourceBinding({DisplayName}) with AggregatedStatus successfully.", "resource-binding-status-controller");
        }
    }

    private async Task CleanUpAsync(JsonObject json)
    {
        var binding = KarmadaJson.Deserialize<ResourceBinding>(json);
        if (!IsCluster)
        {
            await DependenciesDistributor.ReleaseOthersAsync(store, Key.Namespace, Key.Name, binding.Metadata.Annotations?.GetValueOrDefault(DependenciesDistributor.DependenciesAnnotation), new HashSet<string>());
        }

        var works = await WorksAsync(binding);
        foreach (var work in works)
        {
            await store.DeleteIfPresentAsync(work.Key);
        }

        if ((await WorksAsync(binding)).Count > 0)
        {
            // Works with finalizers go once their members are cleaned; their deletion brings us back here.
            return;
        }

        await store.UpdateAsync(Key, b =>
        {
            var finalizers = ObjectMutations.Metadata(b)["finalizers"] as JsonArray ?? [];
            var kept = finalizers.Where(f => f?.GetValue<string>() != Finalizer).Select(f => f?.DeepClone()).ToArray();
            if (kept.Length == finalizers.Count)
            {
                return false;
            }

            ObjectMutations.Metadata(b)["finalizers"] = new JsonArray(kept);
            return true;
        });
        DeactivateOnIdle();
    }
}
