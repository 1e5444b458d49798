namespace Karmada.Orleans.Scheduling;

/// <summary>Scores a feasible cluster from <see cref="MinClusterScore"/> to <see cref="MaxClusterScore"/>; scores of all plugins add up.</summary>
public interface IScorePlugin : ISchedulerPlugin
{
    public const int MinClusterScore = 0;
    public const int MaxClusterScore = 100;

    int Score(SchedulingContext context, Cluster cluster);
}
