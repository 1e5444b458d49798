namespace Karmada.Orleans.Abstractions.Clusters;

/// <summary>
/// One member cluster (key: its name): probes its health, collects its status and keeps the Cluster
/// object's Ready condition, taints and execution namespace in step with it.
/// </summary>
public interface IClusterGrain : IGrainWithStringKey
{
    /// <summary>The Cluster object changed (or the silo started): pick up its spec.</summary>
    Task ReconcileAsync();

    /// <summary>Probes now instead of at the next period.</summary>
    Task ProbeAsync();

    [AlwaysInterleave]
    Task<ClusterHealthReport> GetStatusAsync();
}
