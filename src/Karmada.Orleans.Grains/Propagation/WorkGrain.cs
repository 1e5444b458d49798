using System.Text.Json.Nodes;
using Karmada.Orleans.Abstractions.Propagation;
using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Clusters;
using Karmada.Orleans.Grains.Events;
using Karmada.Orleans.Grains.Store;
using Karmada.Orleans.Members;
using Karmada.Orleans.Members.Errors;
using Karmada.Orleans.Members.Mapping;
using Karmada.Orleans.Members.Meta;
using Karmada.Orleans.Policies;
using Karmada.Orleans.Storage;
using Microsoft.Extensions.Logging;

namespace Karmada.Orleans.Grains.Propagation;

/// <summary>
/// Karmada's execution and work-status controllers for one Work: applies its manifests to the member
/// (create, or update keeping what the member owns), honours conflictResolution, deletes them when the
/// Work goes (unless preserveResourcesOnDeletion), retries with backoff while the member is unreachable,
/// and records each manifest's status and health in the Work.
/// </summary>
public sealed partial class WorkGrain(
    IObjectStore store,
    MemberClientFactory clients,
    MemberStatusWatcher watcher,
    EventRecorder events,
    Diagnostics.PropagationTracker propagation,
    TimeProvider time,
    ILogger<WorkGrain> logger) : Grain, IWorkGrain
{
    public const string Finalizer = "karmada.io/execution-controller";
    public const string Component = "execution-controller";
    private const string AppliedSuccessful = "AppliedSuccessful";
    private const string AppliedMessage = "Manifest has been successfully applied";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(30);

    /// <summary>How long status changes are gathered before one write records them all.</summary>
    private static readonly TimeSpan StatusFlushDelay = TimeSpan.FromMilliseconds(250);

    private IGrainTimer? _retry;
    private IGrainTimer? _statusFlush;
    /// <summary>The latest member copy of each manifest not yet reflected (by kind and name).</summary>
    private readonly Dictionary<(string? Kind, string? Name), JsonObject> _observed = [];
    /// <summary>A successful apply not yet recorded in the Applied condition.</summary>
    private bool _appliedPending;
    private TimeSpan _backoff = TimeSpan.FromMilliseconds(500);
    /// <summary>The Work's generation (it moves with every spec change) last applied by this activation.</summary>
    private long? _lastAppliedGeneration;

    private ResourceKey Key
    {
        get
        {
            var id = GetPrimaryKeyString();
            var slash = id.IndexOf('/', StringComparison.Ordinal);
            return new ResourceKey(ControllerDispatcher.Works, id[..slash], id[(slash + 1)..]);
        }
    }

    private string Cluster => KarmadaNames.GetClusterName(Key.Namespace) ?? Key.Namespace;

    public async Task ReconcileAsync()
    {
        var stored = await store.GetAsync(Key);
        if (stored is null)
        {
            CancelRetry();
            DeactivateOnIdle();
            return;
        }

        var work = stored.ToJsonObject();
        var metadata = ObjectMutations.Metadata(work);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            if (metadata["deletionTimestamp"] is not null)
            {
                await DeleteFromMemberAsync(work);
                await RemoveFinalizerAsync();
                CancelRetry();
                return;
            }

            if (!(metadata["finalizers"] as JsonArray ?? []).Any(f => f?.GetValue<string>() == Finalizer))
            {
                await store.UpdateAsync(Key, w =>
                {
                    var finalizers = ObjectMutations.Metadata(w)["finalizers"] as JsonArray ?? [];
                    finalizers.Add(Finalizer);
                    ObjectMutations.Metadata(w)["finalizers"] = finalizers;
                    return true;
                });
            }

            if (work["spec"]?["suspendDispatching"]?.GetValue<bool>() == true)
            {
                await SetConditionAsync("Dispatching", ConditionStatus.False, "SuspendDispatching", "Work dispatching is in a suspended state.");
                return;
            }

            await ApplyAsync(work);
            Diagnostics.ControllerMetrics.WorkloadSynced(succeeded: true, started);
            _backoff = TimeSpan.FromMilliseconds(500);
            CancelRetry();
        }
        catch (Exception error) when (error is KubernetesTransportException or KubernetesApiException or InvalidOperationException or NoKindMatchException)
        {
            Diagnostics.ControllerMetrics.WorkloadSynced(succeeded: false, started);
            LogApplyFailed(logger, GetPrimaryKeyString(), error);
            await SetConditionAsync("Applied", ConditionStatus.False, "AppliedFailed", $"Failed to apply all manifests ({error.Message})");
            await RecordAsync(work, EventRecorder.Warning, "SyncFailed", $"Failed to sync work({Key.Namespace}/{Key.Name}) to cluster({Cluster}): {error.Message}");
            ScheduleRetry();
        }
    }

    /// <summary>
    /// Records the member's copy of a manifest. Changes arriving close together (a Deployment's
    /// status moves several times while its pods start) are written to the Work once, together
    /// with a pending Applied condition: Karmada's work queue folds repeated keys the same way.
    /// </summary>
    public Task ReflectAsync(JsonObject observed)
    {
        _observed[(observed["kind"]?.GetValue<string>(), observed["metadata"]?["name"]?.GetValue<string>())] = observed;
        ScheduleStatusFlush();
        return Task.CompletedTask;
    }

    private void ScheduleStatusFlush() =>
        _statusFlush ??= RegisterGrainTimer(static (grain, _) => grain.FlushStatusAsync(), this, new GrainTimerCreationOptions(StatusFlushDelay, Timeout.InfiniteTimeSpan) { KeepAlive = true });

    private async Task FlushStatusAsync()
    {
        _statusFlush?.Dispose();
        _statusFlush = null;
        var observed = _observed.Values.ToList();
        _observed.Clear();
        var applied = _appliedPending;
        _appliedPending = false;
        if (observed.Count == 0 && !applied)
        {
            return;
        }

        await store.UpdateAsync(Key, work =>
        {
            var changed = false;
            var workStatus = work["status"] as JsonObject ?? [];
            if (applied)
            {
                changed |= SetCondition(workStatus, "Applied", ConditionStatus.True, AppliedSuccessful, AppliedMessage) is not null;
            }

            var entries = (workStatus["manifestStatuses"] as JsonArray ?? []).OfType<JsonObject>().ToList();
            foreach (var member in observed)
            {
                if (Identifier(work, member) is not { } identifier)
                {
                    continue;
                }

                var entry = new JsonObject { ["identifier"] = identifier };
                if (BuiltInInterpreter.ReflectStatus(member) is { } status)
                {
                    entry["status"] = status;
                }

                entry["health"] = BuiltInInterpreter.InterpretHealth(member);
                var index = entries.FindIndex(m => JsonNode.DeepEquals(m["identifier"], identifier));
                if (index >= 0 && JsonNode.DeepEquals(entries[index], entry))
                {
                    continue;
                }

                if (index >= 0)
                {
                    entries[index] = entry;
                }
                else
                {
                    entries.Add(entry);
                }

                changed = true;
            }

            if (!changed)
            {
                return false;
            }

            workStatus["manifestStatuses"] = new JsonArray(entries.OrderBy(m => m["identifier"]!["ordinal"]!.GetValue<long>()).Select(m => (JsonNode?)m.DeepClone()).ToArray());
            work["status"] = workStatus;
            return true;
        });
    }

    private static async Task<bool> TryCreateAsync(Members.Dynamic.ResourceClient resource, JsonObject desired)
    {
        try
        {
            await resource.CreateDiscardingResultAsync(desired);
            return true;
        }
        catch (Members.Errors.KubernetesAlreadyExistsException)
        {
            return false;
        }
    }

    private async Task ApplyAsync(JsonObject work)
    {
        var generation = work["metadata"]?["generation"]?.GetValue<long>() ?? 0;
        var member = await clients.GetAsync(Cluster);
        var manifests = (work["spec"]?["workload"]?["manifests"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        var conflictResolution = work["metadata"]?["annotations"]?[WorkLabels.ConflictResolution]?.GetValue<string>() ?? "abort";
        var errors = new List<string>();
        foreach (var manifest in manifests)
        {
            var desired = manifest.DeepClone().AsObject();
            var labels = ObjectMutations.Metadata(desired)["labels"] as JsonObject ?? [];
            labels[WorkLabels.Managed] = "true";
            labels[WorkLabels.WorkNamespace] = Key.Namespace;
            labels[WorkLabels.WorkName] = Key.Name;
            ObjectMutations.Metadata(desired)["labels"] = labels;
            var resource = await member.Dynamic.ForObjectAsync(desired);
            watcher.EnsureWatching(Cluster, resource.Resource);
            var name = desired["metadata"]!["name"]!.GetValue<string>();
            if (_lastAppliedGeneration is null && await TryCreateAsync(resource, desired))
            {
                // A Work this activation has not applied yet is usually new: one request instead of a read and a create.
                continue;
            }

            var existing = await resource.TryGetAsync(name);
            if (existing is null)
            {
                await resource.CreateDiscardingResultAsync(desired);
                continue;
            }

            var existingLabels = existing["metadata"]?["labels"] as JsonObject;
            var ownedByOtherWork = existingLabels?[WorkLabels.WorkName] is not null
                && (existingLabels[WorkLabels.WorkName]?.GetValue<string>() != Key.Name || existingLabels[WorkLabels.WorkNamespace]?.GetValue<string>() != Key.Namespace);
            var unmanaged = existingLabels?[WorkLabels.Managed]?.GetValue<string>() != "true";
            if ((unmanaged || ownedByOtherWork) && !string.Equals(conflictResolution, "overwrite", StringComparison.OrdinalIgnoreCase))
            {
                errors.Add($"{desired["kind"]} {ResourceName(desired)} already exists in cluster {Cluster} and is not managed by Karmada; conflictResolution is Abort (set Overwrite in the PropagationPolicy to take it over)");
                continue;
            }

            var merged = BuiltInInterpreter.Retain(desired, existing);
            ObjectMutations.Metadata(merged)["resourceVersion"] = existing["metadata"]?["resourceVersion"]?.DeepClone();
            if (!Differs(merged, existing))
            {
                continue;
            }

            await resource.UpdateAsync(merged);
        }

        if (errors.Count > 0)
        {
            await SetConditionAsync("Applied", ConditionStatus.False, "AppliedFailed", string.Join("; ", errors));
            await RecordAsync(work, EventRecorder.Warning, "SyncFailed", string.Join("; ", errors));
            return;
        }

        // Recorded with the member's first status a moment later: one write instead of two.
        var changedCondition = !Conditions.IsTrue(KarmadaJson.Deserialize<List<Condition>>(work["status"]?["conditions"] ?? new JsonArray()), "Applied");
        _appliedPending = true;
        ScheduleStatusFlush();
        propagation.Applied(work["metadata"]?["annotations"]?[WorkAnnotations.TemplateUid]?.GetValue<string>(), Cluster);
        if (changedCondition || generation != _lastAppliedGeneration)
        {
            foreach (var manifest in manifests)
            {
                await RecordAsync(work, EventRecorder.Normal, "SyncSucceed", $"Successfully applied resource({ResourceName(manifest)}) to cluster {Cluster}");
            }
        }

        _lastAppliedGeneration = generation;
    }

    private static string ResourceName(JsonObject manifest) =>
        manifest["metadata"]?["namespace"]?.GetValue<string>() is { Length: > 0 } ns ? $"{ns}/{manifest["metadata"]!["name"]}" : $"{manifest["metadata"]?["name"]}";

    /// <summary>Whether an update would change anything the control plane owns (ignoring status and bookkeeping).</summary>
    private static bool Differs(JsonObject merged, JsonObject existing)
    {
        static JsonObject Comparable(JsonObject obj)
        {
            var copy = obj.DeepClone().AsObject();
            copy.Remove("status");
            if (copy["metadata"] is JsonObject m)
            {
                foreach (var field in new[] { "resourceVersion", "managedFields", "generation", "uid", "creationTimestamp", "selfLink" })
                {
                    m.Remove(field);
                }
            }

            return copy;
        }

        var desired = Comparable(merged);
        var current = Comparable(existing);
        return !Contains(current, desired);
    }

    /// <summary>Every field of <paramref name="subset"/> is present with the same value in <paramref name="superset"/> (defaults the member added are fine).</summary>
    private static bool Contains(JsonNode? superset, JsonNode? subset) => subset switch
    {
        JsonObject o => superset is JsonObject s && o.All(kv => s.TryGetPropertyValue(kv.Key, out var v) ? Contains(v, kv.Value) : kv.Value is null),
        JsonArray a => superset is JsonArray s && s.Count == a.Count && a.Select((item, i) => Contains(s[i], item)).All(x => x),
        _ => JsonNode.DeepEquals(superset, subset),
    };

    private static JsonObject? Identifier(JsonObject work, JsonObject observed)
    {
        var manifests = (work["spec"]?["workload"]?["manifests"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        for (var i = 0; i < manifests.Count; i++)
        {
            var m = manifests[i];
            if (m["kind"]?.GetValue<string>() == observed["kind"]?.GetValue<string>()
                && m["metadata"]?["name"]?.GetValue<string>() == observed["metadata"]?["name"]?.GetValue<string>())
            {
                var gv = GroupVersion.Parse(m["apiVersion"]?.GetValue<string>() ?? "v1");
                return new JsonObject
                {
                    ["ordinal"] = (long)i,
                    ["group"] = gv.Group,
                    ["version"] = gv.Version,
                    ["kind"] = m["kind"]?.DeepClone(),
                    ["resource"] = "",
                    ["namespace"] = m["metadata"]?["namespace"]?.DeepClone() ?? "",
                    ["name"] = m["metadata"]?["name"]?.DeepClone(),
                };
            }
        }

        return null;
    }

    private async Task DeleteFromMemberAsync(JsonObject work)
    {
        if (work["spec"]?["preserveResourcesOnDeletion"]?.GetValue<bool>() == true || await store.GetAsync(KarmadaKeys.Cluster(Cluster)) is null)
        {
            return;
        }

        var member = await clients.GetAsync(Cluster);
        foreach (var manifest in (work["spec"]?["workload"]?["manifests"] as JsonArray ?? []).OfType<JsonObject>())
        {
            var resource = await member.Dynamic.ForObjectAsync(manifest);
            try
            {
                await resource.DeleteAsync(manifest["metadata"]!["name"]!.GetValue<string>());
            }
            catch (KubernetesNotFoundException)
            {
            }
        }
    }

    private Task RemoveFinalizerAsync() => store.UpdateAsync(Key, w =>
    {
        var finalizers = ObjectMutations.Metadata(w)["finalizers"] as JsonArray ?? [];
        var kept = finalizers.Where(f => f?.GetValue<string>() != Finalizer).Select(f => f?.DeepClone()).ToArray();
        if (kept.Length == finalizers.Count)
        {
            return false;
        }

        ObjectMutations.Metadata(w)["finalizers"] = new JsonArray(kept);
        return true;
    });

    /// <summary>Sets a Work condition; returns whether its status changed.</summary>
    private async Task<bool> SetConditionAsync(string type, string status, string reason, string message)
    {
        if (type == "Applied")
        {
            // A failure recorded now supersedes a success still waiting for the status flush.
            _appliedPending = false;
        }

        var changed = false;
        await store.UpdateAsync(Key, work =>
        {
            var workStatus = work["status"] as JsonObject ?? [];
            if (SetCondition(workStatus, type, status, reason, message) is not { } statusChanged)
            {
                return false;
            }

            changed = statusChanged;
            work["status"] = workStatus;
            return true;
        });
        return changed;
    }

    /// <summary>
    /// Sets a condition in a Work's status: null when it is already exactly so (nothing to write),
    /// else whether its status value changed.
    /// </summary>
    private bool? SetCondition(JsonObject workStatus, string type, string status, string reason, string message)
    {
        var conditions = KarmadaJson.Deserialize<List<Condition>>(workStatus["conditions"] ?? new JsonArray());
        var old = Conditions.Find(conditions, type);
        if (old is not null && old.Status == status && old.Reason == reason && old.Message == message)
        {
            return null;
        }

        workStatus["conditions"] = KarmadaJson.ToNode(Conditions.Set(conditions, new Condition { Type = type, Status = status, Reason = reason, Message = message }, time.GetUtcNow()));
        return old?.Status != status;
    }

    private async Task RecordAsync(JsonObject work, string type, string reason, string message)
    {
        await events.RecordAsync(InvolvedObject.Of(work), type, reason, message, Component);
        foreach (var manifest in (work["spec"]?["workload"]?["manifests"] as JsonArray ?? []).OfType<JsonObject>().Take(1))
        {
            if (work["metadata"]?["annotations"]?[WorkAnnotations.TemplateUid]?.GetValue<string>() is { } uid)
            {
                var involved = InvolvedObject.Of(manifest) with { Uid = uid };
                await events.RecordAsync(involved, type, reason, message, Component);
            }
        }
    }

    private void ScheduleRetry()
    {
        _retry?.Dispose();
        _retry = RegisterGrainTimer(static (grain, _) => grain.ReconcileAsync(), this, new GrainTimerCreationOptions(_backoff, Timeout.InfiniteTimeSpan) { KeepAlive = true });
        _backoff = TimeSpan.FromTicks(Math.Min(MaxBackoff.Ticks, _backoff.Ticks * 2));
    }

    private void CancelRetry()
    {
        _retry?.Dispose();
        _retry = null;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Applying work {Work} failed; will retry")]
    private static partial void LogApplyFailed(ILogger logger, string work, Exception exception);
}
