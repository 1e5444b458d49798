namespace Karmada.Orleans.Scheduling;

/// <summary>
/// DynamicWeight (AvailableReplicas) and Aggregated division. The previous result counts only on
/// clusters that are still candidates.
/// <list type="bullet">
/// <item>Fresh: divide all replicas by allocatable + already-assigned replicas.</item>
/// <item>Scale-down: divide the new total proportionally to the previous result.</item>
/// <item>Scale-up (and first schedule): divide the missing replicas by allocatable and add them on top.</item>
/// <item>Unchanged total: keep the previous result.</item>
/// </list>
/// Aggregated first puts previously used clusters ahead, then keeps the shortest prefix with enough capacity.
/// </summary>
public static class DynamicAssignment
{
    public static SchedulingError? Assign(IReadOnlyList<ClusterDetail> candidates, ResourceBindingSpec spec, AssignmentMode mode, bool aggregated, out List<TargetCluster> result)
    {
        var candidateNames = candidates.Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        var scheduled = (spec.Clusters ?? []).Where(c => candidateNames.Contains(c.Name)).ToList();
        var assigned = scheduled.Sum(c => (long)c.Replicas);

        if (mode == AssignmentMode.Fresh)
        {
            var assignedByName = scheduled.GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.Sum(c => (long)c.Replicas), StringComparer.Ordinal);
            var available = candidates
                .Select(c => (c.Name, Replicas: c.Allocatable + assignedByName.GetValueOrDefault(c.Name)))
                .ToList();
            return Divide(Descending(available), spec.Replicas, prior: [], aggregated, spec.Resource.Uid, out result)?.Wrap("failed to do fresh scale");
        }

        if (assigned > spec.Replicas)
        {
            var available = scheduled.Select(c => (c.Name, Replicas: (long)c.Replicas)).ToList();
            return Divide(Descending(available), spec.Replicas, prior: [], aggregated, spec.Resource.Uid, out result)?.Wrap("failed to scale down");
        }

        if (assigned < spec.Replicas)
        {
            var available = candidates.Select(c => (c.Name, Replicas: c.Allocatable)).ToList();
            return Divide(Descending(available), (int)(spec.Replicas - assigned), scheduled, aggregated, spec.Resource.Uid, out result)?.Wrap("failed to scale up");
        }

        result = scheduled;
        return null;
    }

    private static List<(string Name, long Replicas)> Descending(List<(string Name, long Replicas)> clusters)
        => clusters.OrderByDescending(c => c.Replicas).ToList();

    private static SchedulingError? Divide(
        List<(string Name, long Replicas)> available, int target, IReadOnlyList<TargetCluster> prior, bool aggregated, string? uid, out List<TargetCluster> result)
    {
        result = [];
        var total = available.Sum(c => c.Replicas);
        if (total < target)
        {
            return SchedulingError.Unschedulable($"Clusters available replicas {total} are not enough to schedule.");
        }

        if (aggregated)
        {
            available = PriorFirst(available, prior);
            long sum = 0;
            for (var i = 0; i < available.Count; i++)
            {
                sum += available[i].Replicas;
                if (sum >= target)
                {
                    available = available.Take(i + 1).ToList();
                    break;
                }
            }
        }

        result = Dispenser.TakeByWeight(target, available.Select(c => (c.Name, c.Replicas)).ToList(), prior, uid);
        return null;
    }

    // Scale-ups of Aggregated prefer the clusters already running replicas, keeping relative order.
    private static List<(string Name, long Replicas)> PriorFirst(List<(string Name, long Replicas)> available, IReadOnlyList<TargetCluster> prior)
    {
        var used = prior.Where(c => c.Replicas > 0).Select(c => c.Name).ToHashSet(StringComparer.Ordinal);
        if (used.Count == 0)
        {
            return available;
        }

        return available.Where(c => used.Contains(c.Name)).Concat(available.Where(c => !used.Contains(c.Name))).ToList();
    }
}
