namespace Karmada.Orleans.Scheduling;

/// <summary>
/// TaintToleration: NoSchedule and NoExecute taints must be tolerated by placement.clusterTolerations.
/// Clusters already in the scheduling result pass; evicting them is the taint manager's job.
/// </summary>
public sealed class TaintTolerationPlugin : IFilterPlugin
{
    public const string PluginName = "TaintToleration";

    private static readonly Func<Taint, bool> SchedulingEffects =
        t => t.Effect is TaintEffect.NoSchedule or TaintEffect.NoExecute;

    public string Name => PluginName;

    public FilterResult Filter(SchedulingContext context, Cluster cluster)
    {
        if (context.TargetContains(cluster.Metadata.Name ?? ""))
        {
            return FilterResult.Success;
        }

        var taint = TolerationMatcher.FindUntoleratedTaint(cluster.Spec.Taints, context.Placement.ClusterTolerations, SchedulingEffects);
        return taint is null
            ? FilterResult.Success
            : FilterResult.Unschedulable($"cluster(s) had untolerated taint {{{TolerationMatcher.Format(taint)}}}");
    }
}
