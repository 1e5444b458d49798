namespace Karmada.Orleans.Scheduling;

/// <summary>
/// What the plugins see of one scheduling attempt: the binding spec (placement already defaulted),
/// its status (with the clusterAffinities term being tried as the observed affinity name), and
/// lookups built once per attempt.
/// </summary>
public sealed class SchedulingContext
{
    private readonly HashSet<string> _targetClusters;
    private readonly HashSet<string> _evictingClusters;

    public SchedulingContext(ResourceBindingSpec spec, ResourceBindingStatus status)
    {
        Spec = spec;
        Status = status;
        Placement = spec.Placement ?? new Placement();
        _targetClusters = new HashSet<string>(spec.Clusters?.Select(c => c.Name) ?? [], StringComparer.Ordinal);
        _evictingClusters = new HashSet<string>(spec.GracefulEvictionTasks?.Select(t => t.FromCluster) ?? [], StringComparer.Ordinal);
        ActiveAffinityTerm = ResolveTerm(Placement, status.SchedulerObservedAffinityName);
        (ResourceGroupVersion, ResourceKind) = (spec.Resource.ApiVersion, spec.Resource.Kind);
    }

    public ResourceBindingSpec Spec { get; }

    public ResourceBindingStatus Status { get; }

    public Placement Placement { get; }

    /// <summary>The clusterAffinities term being tried, or null when the placement uses clusterAffinity.</summary>
    public ClusterAffinityTerm? ActiveAffinityTerm { get; }

    public string ResourceGroupVersion { get; }

    public string ResourceKind { get; }

    /// <summary>Whether the cluster is in the current scheduling result (spec.clusters).</summary>
    public bool TargetContains(string clusterName) => _targetClusters.Contains(clusterName);

    /// <summary>Whether the cluster is being evicted (spec.gracefulEvictionTasks).</summary>
    public bool IsEvicting(string clusterName) => _evictingClusters.Contains(clusterName);

    private static ClusterAffinityTerm? ResolveTerm(Placement placement, string? observedName)
    {
        if (placement.ClusterAffinities is not { Count: > 0 } terms)
        {
            return null;
        }

        foreach (var term in terms)
        {
            if (term.AffinityName == observedName)
            {
                return term;
            }
        }

        return null;
    }
}
