namespace Karmada.Orleans.Scheduling;

/// <summary>
/// Karmada's SelectClusters: candidates are ordered (tier, score, available replicas, name), then
/// spread constraints pick the clusters. Only region and cluster constraints select (region wins
/// when both exist); provider and zone only filter. Static-weighted placements ignore spread
/// constraints, and Duplicated placements ignore capacity while selecting.
/// </summary>
public static class ClusterSelector
{
    public static SchedulingError? Select(IReadOnlyList<ClusterDetail> ordered, ResourceBindingSpec spec, out IReadOnlyList<ClusterDetail> selected)
    {
        var placement = spec.Placement ?? new Placement();
        selected = ordered;
        if (placement.SpreadConstraints is not { Count: > 0 } constraints || IgnoresSpreadConstraints(placement))
        {
            return null;
        }

        long needReplicas = placement.ReplicaScheduling is null
            || placement.ReplicaScheduling.ReplicaSchedulingType == ReplicaSchedulingType.Duplicated
            ? -1
            : spec.Replicas;

        var byField = new Dictionary<string, SpreadConstraint>(StringComparer.Ordinal);
        foreach (var constraint in constraints)
        {
            byField[constraint.SpreadByField ?? ""] = constraint;
        }

        byField.TryGetValue(SpreadByField.Cluster, out var clusterConstraint);
        if (byField.TryGetValue(SpreadByField.Region, out var regionConstraint))
        {
            return SelectByRegion(ordered, spec, regionConstraint, clusterConstraint ?? new SpreadConstraint(), out selected);
        }

        if (clusterConstraint is not null)
        {
            return SelectByCluster(ordered, clusterConstraint, needReplicas, out selected);
        }

        return SchedulingError.Other("just support cluster and region spread constraint");
    }

    /// <summary>Divided + Weighted with static weights (or no weight preference) ignores spread constraints.</summary>
    public static bool IgnoresSpreadConstraints(Placement placement)
        => placement.ReplicaScheduling is { } strategy
            && strategy.ReplicaSchedulingType == ReplicaSchedulingType.Divided
            && strategy.ReplicaDivisionPreference == ReplicaDivisionPreference.Weighted
            && (strategy.WeightPreference is null
                || (strategy.WeightPreference.StaticWeightList is { Count: > 0 } && string.IsNullOrEmpty(strategy.WeightPreference.DynamicWeight)));

    private static SchedulingError? SelectByCluster(IReadOnlyList<ClusterDetail> ordered, SpreadConstraint constraint, long needReplicas, out IReadOnlyList<ClusterDetail> selected)
    {
        selected = [];
        if (ordered.Count < constraint.MinGroups)
        {
            return SchedulingError.Other("the number of feasible clusters is less than spreadConstraint.MinGroups");
        }

        var needCount = Math.Min(constraint.MaxGroups, ordered.Count);
        if (needReplicas < 0)
        {
            selected = ordered.Take(needCount).ToList();
            return null;
        }

        var chosen = SelectByAvailableResource(ordered, needCount, needReplicas);
        if (chosen is null)
        {
            return SchedulingError.Other($"no enough resource when selecting {needCount} clusters");
        }

        selected = chosen;
        return null;
    }

    // Take the best needCount clusters; while they cannot carry the replicas, replace them from the
    // last slot backwards with the remaining cluster of the most available replicas (if it has more).
    private static List<ClusterDetail>? SelectByAvailableResource(IReadOnlyList<ClusterDetail> ordered, int needCount, long needReplicas)
    {
        var chosen = ordered.Take(needCount).ToList();
        var rest = ordered.Skip(needCount).ToList();
        for (var slot = chosen.Count - 1; slot >= 0 && chosen.Sum(c => c.AvailableReplicas) < needReplicas; slot--)
        {
            var best = -1;
            var bestAvailable = chosen[slot].AvailableReplicas;
            for (var i = 0; i < rest.Count; i++)
            {
                if (rest[i].AvailableReplicas > bestAvailable)
                {
                    best = i;
                    bestAvailable = rest[i].AvailableReplicas;
                }
            }

            if (best >= 0)
            {
                (chosen[slot], rest[best]) = (rest[best], chosen[slot]);
            }
        }

        return chosen.Sum(c => c.AvailableReplicas) >= needReplicas ? chosen : null;
    }

    private static SchedulingError? SelectByRegion(
        IReadOnlyList<ClusterDetail> ordered, ResourceBindingSpec spec, SpreadConstraint regionConstraint, SpreadConstraint clusterConstraint, out IReadOnlyList<ClusterDetail> selected)
    {
        selected = [];
        var regions = new Dictionary<string, List<ClusterDetail>>(StringComparer.Ordinal);
        foreach (var cluster in ordered)
        {
            var region = cluster.Cluster.Spec.Region;
            if (string.IsNullOrEmpty(region))
            {
                continue;
            }

            if (!regions.TryGetValue(region, out var members))
            {
                regions[region] = members = [];
            }

            members.Add(cluster);
        }

        if (regions.Count < regionConstraint.MinGroups)
        {
            return SchedulingError.Other("the number of feasible region is less than spreadConstraint.MinGroups");
        }

        var groups = regions
            .Select(r => new GroupInfo(r.Key, r.Value.Count, GroupScore.Calculate(r.Value, spec, regionConstraint.MinGroups, clusterConstraint.MinGroups)))
            .ToList();
        var chosenRegions = GroupSearch.Select(groups, regionConstraint.MinGroups, regionConstraint.MaxGroups, clusterConstraint.MinGroups);
        if (chosenRegions is null)
        {
            return SchedulingError.Other("the number of clusters is less than the cluster spreadConstraint.MinGroups");
        }

        // The best cluster of every chosen region, then the best of the rest up to the cluster maximum.
        var result = new List<ClusterDetail>();
        var candidates = new List<ClusterDetail>();
        foreach (var region in chosenRegions)
        {
            var members = regions[region.Name];
            result.Add(members[0]);
            candidates.AddRange(members.Skip(1));
        }

        var needCount = Math.Min(candidates.Count + result.Count, clusterConstraint.MaxGroups);
        var restCount = needCount - result.Count;
        if (restCount > 0)
        {
            result.AddRange(candidates
                .OrderByDescending(c => c.Score)
                .ThenByDescending(c => c.AvailableReplicas)
                .ThenBy(c => c.Name, StringComparer.Ordinal)
                .Take(restCount));
        }

        selected = result;
        return null;
    }
}
