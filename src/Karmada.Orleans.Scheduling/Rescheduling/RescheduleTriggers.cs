using System.Text.Json;
using System.Text.Json.Nodes;

namespace Karmada.Orleans.Scheduling;

/// <summary>
/// When a binding must be (re)scheduled — the decisions of karmada-scheduler's doScheduleBinding
/// and cluster event handler, as pure functions for the binding grain.
/// </summary>
public static class RescheduleTriggers
{
    public static RescheduleDecision Evaluate(ResourceBinding binding, IEnumerable<Cluster> clusters)
        => Evaluate(binding.Metadata, binding.Spec, binding.Status, clusters);

    public static RescheduleDecision Evaluate(ClusterResourceBinding binding, IEnumerable<Cluster> clusters)
        => Evaluate(binding.Metadata, binding.Spec, binding.Status, clusters);

    /// <summary>
    /// In order: a deleting or suspended binding is left alone; then placement changed, replicas
    /// changed, reschedule triggered, a target cluster deleting, and finally Duplicated placements and
    /// non-workloads, which are always scheduled.
    /// </summary>
    public static RescheduleDecision Evaluate(ObjectMeta metadata, ResourceBindingSpec spec, ResourceBindingStatus? status, IEnumerable<Cluster> clusters)
    {
        if (metadata.DeletionTimestamp is not null)
        {
            return new RescheduleDecision(RescheduleReason.BindingDeleting);
        }

        if (spec.Suspension?.Scheduling == true)
        {
            return new RescheduleDecision(RescheduleReason.SchedulingSuspended);
        }

        if (spec.Placement is not { } placement)
        {
            return new RescheduleDecision(RescheduleReason.None);
        }

        var applied = metadata.Annotations?.GetValueOrDefault(KarmadaAnnotations.AppliedPlacement);
        if (PlacementChanged(placement, applied, status?.SchedulerObservedAffinityName))
        {
            return new RescheduleDecision(RescheduleReason.PlacementChanged);
        }

        if (ReplicasChanged(spec))
        {
            return new RescheduleDecision(RescheduleReason.ReplicasChanged);
        }

        if (RescheduleRequired(spec.RescheduleTriggeredAt, status?.LastScheduledTime))
        {
            return new RescheduleDecision(RescheduleReason.RescheduleTriggered);
        }

        if (TargetClusterDeleting(spec, clusters))
        {
            return new RescheduleDecision(RescheduleReason.TargetClusterDeleting);
        }

        if (spec.Replicas == 0 || PlacementDefaults.ReplicaSchedulingTypeOf(placement) == ReplicaSchedulingType.Duplicated)
        {
            return new RescheduleDecision(RescheduleReason.DuplicatedOrNonWorkload);
        }

        return new RescheduleDecision(RescheduleReason.None);
    }

    /// <summary>
    /// Karmada's placementChanged: never applied ⇒ changed; unreadable annotation ⇒ unchanged; any
    /// difference in clusterAffinity, clusterTolerations, spreadConstraints or replicaScheduling ⇒
    /// changed; otherwise only a change of the observed clusterAffinities term counts.
    /// </summary>
    public static bool PlacementChanged(Placement placement, string? appliedPlacementJson, string? observedAffinityName)
    {
        if (string.IsNullOrEmpty(appliedPlacementJson))
        {
            return true;
        }

        Placement applied;
        try
        {
            applied = KarmadaJson.Deserialize<Placement>(appliedPlacementJson);
        }
        catch (JsonException)
        {
            return false;
        }

        if (SameJson(placement, applied))
        {
            return false;
        }

        if (!SameJson(placement.ClusterAffinity, applied.ClusterAffinity)
            || !SameJson(placement.ClusterTolerations, applied.ClusterTolerations)
            || !SameJson(placement.SpreadConstraints, applied.SpreadConstraints)
            || !SameJson(placement.ReplicaScheduling, applied.ReplicaScheduling))
        {
            return true;
        }

        if (string.IsNullOrEmpty(observedAffinityName))
        {
            return true;
        }

        var current = placement.ClusterAffinities?.FirstOrDefault(t => t.AffinityName == observedAffinityName);
        var previous = applied.ClusterAffinities?.FirstOrDefault(t => t.AffinityName == observedAffinityName);
        return current is null || previous is null || !SameJson(current, previous);
    }

    /// <summary>
    /// Duplicated: some target does not run spec.replicas; Divided: the targets do not add up to
    /// spec.replicas. A placement without replicaScheduling never counts as changed here.
    /// </summary>
    public static bool ReplicasChanged(ResourceBindingSpec spec)
    {
        if (spec.Placement?.ReplicaScheduling is not { } strategy)
        {
            return false;
        }

        var targets = spec.Clusters ?? [];
        if (strategy.ReplicaSchedulingType == ReplicaSchedulingType.Duplicated)
        {
            return targets.Any(t => t.Replicas != spec.Replicas);
        }

        return targets.Sum(t => (long)t.Replicas) != spec.Replicas;
    }

    /// <summary>A reschedule was requested after the last successful schedule (and there was one).</summary>
    public static bool RescheduleRequired(DateTimeOffset? rescheduleTriggeredAt, DateTimeOffset? lastScheduledTime)
        => rescheduleTriggeredAt is { } triggered && lastScheduledTime is { } last && triggered > last;

    /// <summary>A cluster of the scheduling result is being deleted or no longer exists.</summary>
    public static bool TargetClusterDeleting(ResourceBindingSpec spec, IEnumerable<Cluster> clusters)
    {
        if (spec.Clusters is not { Count: > 0 } targets)
        {
            return false;
        }

        var byName = new Dictionary<string, Cluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            byName[cluster.Metadata.Name ?? ""] = cluster;
        }

        return targets.Any(t => !byName.TryGetValue(t.Name, out var c) || c.Metadata.DeletionTimestamp is not null);
    }

    /// <summary>
    /// Whether a cluster event must re-queue the binding: a label or spec change (taints, region…), a
    /// deletion starting, or the cluster disappearing — when the binding's affinity (clusterAffinity,
    /// or the observed clusterAffinities term with its overflow) matches the cluster before or after,
    /// when there is no affinity, or when the cluster is a current target. Adding a cluster re-queues
    /// nothing (Divided workloads are not rebalanced onto new clusters).
    /// </summary>
    public static bool ClusterChangeAffects(Cluster? oldCluster, Cluster? newCluster, ResourceBindingSpec spec, ResourceBindingStatus? status)
    {
        if (oldCluster is null)
        {
            return false;
        }

        var changed = newCluster is null
            || !SameJson(oldCluster.Metadata.Labels, newCluster.Metadata.Labels)
            || !SameJson(oldCluster.Spec, newCluster.Spec)
            || (oldCluster.Metadata.DeletionTimestamp is null && newCluster.Metadata.DeletionTimestamp is not null);
        if (!changed)
        {
            return false;
        }

        var name = oldCluster.Metadata.Name ?? "";
        if (spec.Clusters?.Any(t => t.Name == name) == true)
        {
            return true;
        }

        var placement = spec.Placement ?? new Placement();
        var affinities = new List<ClusterAffinity>();
        if (placement.ClusterAffinities is { Count: > 0 } terms)
        {
            var term = terms.FirstOrDefault(t => t.AffinityName == status?.SchedulerObservedAffinityName) ?? terms[0];
            affinities.Add(term);
            affinities.AddRange(term.OverflowAffinities ?? []);
        }
        else if (placement.ClusterAffinity is { } affinity)
        {
            affinities.Add(affinity);
        }
        else
        {
            return true;
        }

        return affinities.Any(a => ClusterAffinityMatcher.Matches(oldCluster, a) || (newCluster is not null && ClusterAffinityMatcher.Matches(newCluster, a)));
    }

    private static bool SameJson<T>(T? a, T? b)
    {
        if (a is null || b is null)
        {
            return a is null && b is null;
        }

        return JsonNode.DeepEquals(KarmadaJson.ToNode(a), KarmadaJson.ToNode(b));
    }
}
