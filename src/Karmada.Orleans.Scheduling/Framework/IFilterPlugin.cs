namespace Karmada.Orleans.Scheduling;

/// <summary>Decides whether a cluster can take the binding at all.</summary>
public interface IFilterPlugin : ISchedulerPlugin
{
    FilterResult Filter(SchedulingContext context, Cluster cluster);
}
