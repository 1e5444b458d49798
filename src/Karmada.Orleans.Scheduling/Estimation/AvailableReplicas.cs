namespace Karmada.Orleans.Scheduling;

/// <summary>Combines estimators the way Karmada does: the minimum trustworthy answer per cluster.</summary>
public static class AvailableReplicas
{
    /// <summary>
    /// What each cluster can still take (the minimum over estimators; a cluster no estimator could
    /// judge gets spec.replicas, avoiding int32 overflow). Non-workloads (no replicas, no components)
    /// are not estimated and get 0.
    /// </summary>
    public static int[] Estimate(IReadOnlyList<Cluster> clusters, ResourceBindingSpec spec, IReadOnlyList<IReplicaEstimator> estimators)
    {
        var result = new int[clusters.Count];
        if (spec.Replicas == 0 && spec.Components is not { Count: > 0 })
        {
            return result;
        }

        for (var i = 0; i < clusters.Count; i++)
        {
            var value = int.MaxValue;
            foreach (var estimator in estimators)
            {
                if (estimator.MaxAvailableReplicas(clusters[i], spec.ReplicaRequirements) is { } estimate && estimate < value)
                {
                    value = estimate;
                }
            }

            result[i] = value == int.MaxValue ? spec.Replicas : value;
        }

        return result;
    }
}
