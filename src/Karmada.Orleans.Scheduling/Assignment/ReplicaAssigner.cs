namespace Karmada.Orleans.Scheduling;

/// <summary>
/// Karmada's AssignReplicas: workloads (replicas or requirements, at most one component) get
/// replicas by their strategy, tier by tier when the affinity term has overflow affinities;
/// everything else is propagated to every selected cluster without a replica count.
/// </summary>
public static class ReplicaAssigner
{
    public static SchedulingError? Assign(
        IReadOnlyList<ClusterDetail> selected,
        ResourceBindingSpec spec,
        ResourceBindingStatus status,
        ClusterAffinityTerm? activeTerm,
        out List<TargetCluster> result)
    {
        result = [];
        if (selected.Count == 0)
        {
            return SchedulingError.Other("no clusters available to schedule");
        }

        if (!IsWorkload(spec))
        {
            result = selected.Select(c => new TargetCluster { Name = c.Name }).ToList();
            return null;
        }

        if (activeTerm?.OverflowAffinities is { Count: > 0 })
        {
            return AssignByTiers(selected, spec, status, out result);
        }

        var error = AssignOne(selected, spec, status, out result);
        result = result.Where(c => c.Replicas > 0).ToList();
        return error;
    }

    /// <summary>Whether replicas are divided at all for this binding.</summary>
    public static bool IsWorkload(ResourceBindingSpec spec)
        => (spec.Replicas > 0 || spec.ReplicaRequirements is not null) && (spec.Components?.Count ?? 0) <= 1;

    /// <summary>Fresh when a reschedule was triggered after the last successful schedule.</summary>
    public static AssignmentMode ModeOf(ResourceBindingSpec spec, ResourceBindingStatus status)
        => RescheduleTriggers.RescheduleRequired(spec.RescheduleTriggeredAt, status.LastScheduledTime) ? AssignmentMode.Fresh : AssignmentMode.Steady;

    // Fill the primary tier first and spill into each overflow tier only what the ones before could not take.
    private static SchedulingError? AssignByTiers(IReadOnlyList<ClusterDetail> selected, ResourceBindingSpec spec, ResourceBindingStatus status, out List<TargetCluster> result)
    {
        result = [];
        long remaining = spec.Replicas;
        foreach (var tier in selected.GroupBy(c => c.Tier).OrderBy(g => g.Key))
        {
            var clusters = tier.ToList();
            var toAssign = (int)Math.Min(remaining, clusters.Sum(c => c.AvailableReplicas));
            var error = AssignOne(clusters, spec with { Replicas = toAssign }, status, out var tierResult);
            if (error is not null)
            {
                return error;
            }

            result.AddRange(tierResult.Where(c => c.Replicas > 0));
            remaining -= toAssign;
            if (remaining <= 0)
            {
                break;
            }
        }

        return remaining > 0 ? SchedulingError.Unschedulable("Clusters available replicas are not enough to schedule.") : null;
    }

    private static SchedulingError? AssignOne(IReadOnlyList<ClusterDetail> candidates, ResourceBindingSpec spec, ResourceBindingStatus status, out List<TargetCluster> result)
    {
        result = [];
        switch (ReplicaStrategies.Resolve(spec.Placement))
        {
            case ReplicaStrategy.Duplicated:
                result = candidates.Select(c => new TargetCluster { Name = c.Name, Replicas = spec.Replicas }).ToList();
                return null;
            case ReplicaStrategy.StaticWeight:
                result = StaticWeightAssignment.Assign(candidates, spec);
                return null;
            case ReplicaStrategy.DynamicWeight:
                return DynamicAssignment.Assign(candidates, spec, ModeOf(spec, status), aggregated: false, out result);
            case ReplicaStrategy.Aggregated:
                return DynamicAssignment.Assign(candidates, spec, ModeOf(spec, status), aggregated: true, out result);
            default:
                var strategy = spec.Placement?.ReplicaScheduling;
                return SchedulingError.Other(
                    $"unsupported replica scheduling strategy, replicaSchedulingType: {strategy?.ReplicaSchedulingType}, " +
                    $"replicaDivisionPreference: {strategy?.ReplicaDivisionPreference}, please try another scheduling strategy");
        }
    }
}
