namespace Karmada.Orleans.Scheduling;

/// <summary>karmada-scheduler's knobs that change placement results.</summary>
public sealed record SchedulerOptions
{
    /// <summary>The plugins in use (--plugins).</summary>
    public PluginRegistry Registry { get; init; } = PluginRegistry.InTree;

    /// <summary>Replica estimators; the minimum trustworthy answer wins. Default: the general estimator.</summary>
    public IReadOnlyList<IReplicaEstimator> Estimators { get; init; } = [new GeneralEstimator()];

    /// <summary>--enable-empty-workload-propagation: keep selected clusters that got 0 replicas.</summary>
    public bool EnableEmptyWorkloadPropagation { get; init; }
}
