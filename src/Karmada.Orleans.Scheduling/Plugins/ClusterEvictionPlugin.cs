namespace Karmada.Orleans.Scheduling;

/// <summary>ClusterEviction: a cluster listed in spec.gracefulEvictionTasks is being evicted and takes no replicas.</summary>
public sealed class ClusterEvictionPlugin : IFilterPlugin
{
    public const string PluginName = "ClusterEviction";
    public const string Reason = "cluster(s) is in the process of eviction";

    public string Name => PluginName;

    public FilterResult Filter(SchedulingContext context, Cluster cluster)
        => context.IsEvicting(cluster.Metadata.Name ?? "") ? FilterResult.Unschedulable(Reason) : FilterResult.Success;
}
