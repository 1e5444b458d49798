namespace Karmada.Orleans.Scheduling;

/// <summary>ClusterLocality: clusters already in the scheduling result score the maximum, so results stay put.</summary>
public sealed class ClusterLocalityPlugin : IScorePlugin
{
    public const string PluginName = "ClusterLocality";

    public string Name => PluginName;

    public int Score(SchedulingContext context, Cluster cluster)
        => context.TargetContains(cluster.Metadata.Name ?? "") ? IScorePlugin.MaxClusterScore : IScorePlugin.MinClusterScore;
}
