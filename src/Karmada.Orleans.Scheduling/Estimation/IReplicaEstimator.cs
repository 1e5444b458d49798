namespace Karmada.Orleans.Scheduling;

/// <summary>Estimates how many more replicas with the given requirements a cluster can take.</summary>
public interface IReplicaEstimator
{
    /// <summary>The maximum placeable replicas, or null when this estimator has no trustworthy answer.</summary>
    int? MaxAvailableReplicas(Cluster cluster, ReplicaRequirements? requirements);
}
