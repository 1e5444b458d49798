namespace Karmada.Orleans.Scheduling;

/// <summary>
/// The score of a topology group (region, zone, provider). The count of clusters that can carry the
/// target weighs 1000 times more than the average cluster score.
/// </summary>
internal static class GroupScore
{
    private const long WeightUnit = 1000;

    /// <param name="clusters">The group's clusters in candidate order.</param>
    /// <param name="groupMinGroups">minGroups of the group's own spread constraint.</param>
    /// <param name="clusterMinGroups">minGroups of the cluster spread constraint (0 when none).</param>
    public static long Calculate(IReadOnlyList<ClusterDetail> clusters, ResourceBindingSpec spec, int groupMinGroups, int clusterMinGroups)
    {
        if (PlacementDefaults.ReplicaSchedulingTypeOf(spec.Placement) == ReplicaSchedulingType.Duplicated)
        {
            // Duplicated: every cluster must hold all replicas.
            long valid = 0;
            long validScore = 0;
            foreach (var cluster in clusters)
            {
                if (cluster.AvailableReplicas >= spec.Replicas)
                {
                    valid++;
                    validScore += cluster.Score;
                }
            }

            return (valid * WeightUnit) + (valid > 0 ? validScore / valid : 0);
        }

        // Divided: can the group's best clusters carry its share of the replicas?
        var minGroups = Math.Max(groupMinGroups, 1);
        long target = (spec.Replicas + minGroups - 1) / minGroups;
        var needClusters = Math.Max(clusterMinGroups, groupMinGroups);
        long sumAvailable = 0;
        long sumScore = 0;
        long count = 0;
        foreach (var cluster in clusters)
        {
            sumAvailable += cluster.AvailableReplicas;
            sumScore += cluster.Score;
            count++;
            if (count >= needClusters && sumAvailable >= target)
            {
                break;
            }
        }

        if (sumAvailable < target)
        {
            return (sumAvailable * WeightUnit) + (sumScore / clusters.Count);
        }

        return (target * WeightUnit) + (sumScore / count);
    }
}
