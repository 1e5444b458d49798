namespace Karmada.Orleans.Scheduling;

/// <summary>SpreadConstraint: a cluster must have the property a provider, region or zone spread groups by.</summary>
public sealed class SpreadConstraintPlugin : IFilterPlugin
{
    public const string PluginName = "SpreadConstraint";

    public string Name => PluginName;

    public FilterResult Filter(SchedulingContext context, Cluster cluster)
    {
        foreach (var constraint in context.Placement.SpreadConstraints ?? [])
        {
            switch (constraint.SpreadByField)
            {
                case SpreadByField.Provider when string.IsNullOrEmpty(cluster.Spec.Provider):
                    return FilterResult.Unschedulable("cluster(s) did not have provider property");
                case SpreadByField.Region when string.IsNullOrEmpty(cluster.Spec.Region):
                    return FilterResult.Unschedulable("cluster(s) did not have region property");
                case SpreadByField.Zone when cluster.Spec.Zones is not { Count: > 0 }:
                    return FilterResult.Unschedulable("cluster(s) did not have zones property");
            }
        }

        return FilterResult.Success;
    }
}
