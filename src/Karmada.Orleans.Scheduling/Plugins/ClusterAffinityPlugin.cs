namespace Karmada.Orleans.Scheduling;

/// <summary>
/// ClusterAffinity: the cluster must match placement.clusterAffinity, or with clusterAffinities the
/// term being tried or one of its overflowAffinities. Its score is always the minimum.
/// </summary>
public sealed class ClusterAffinityPlugin : IFilterPlugin, IScorePlugin
{
    public const string PluginName = "ClusterAffinity";
    public const string Reason = "cluster(s) did not match the placement cluster affinity constraint";

    public string Name => PluginName;

    public FilterResult Filter(SchedulingContext context, Cluster cluster)
    {
        if (context.ActiveAffinityTerm is { } term)
        {
            return OverflowTier(term, cluster) >= 0 ? FilterResult.Success : FilterResult.Unschedulable(Reason);
        }

        if (context.Placement.ClusterAffinity is { } affinity && !ClusterAffinityMatcher.Matches(cluster, affinity))
        {
            return FilterResult.Unschedulable(Reason);
        }

        return FilterResult.Success;
    }

    public int Score(SchedulingContext context, Cluster cluster) => IScorePlugin.MinClusterScore;

    /// <summary>0 when the cluster matches the term itself, i+1 for its i-th overflow tier, -1 for none.</summary>
    public static int OverflowTier(ClusterAffinityTerm term, Cluster cluster)
    {
        if (ClusterAffinityMatcher.Matches(cluster, term))
        {
            return 0;
        }

        var overflow = term.OverflowAffinities ?? [];
        for (var i = 0; i < overflow.Count; i++)
        {
            if (ClusterAffinityMatcher.Matches(cluster, overflow[i]))
            {
                return i + 1;
            }
        }

        return -1;
    }
}
