namespace Karmada.Orleans.Scheduling;

/// <summary>
/// APIEnablement: the cluster must serve the resource's apiVersion and kind (status.apiEnablements).
/// Clusters already in the scheduling result pass, so an incomplete API list never evicts.
/// </summary>
public sealed class ApiEnablementPlugin : IFilterPlugin
{
    public const string PluginName = "APIEnablement";
    public const string Reason = "cluster(s) did not have the API resource";

    public string Name => PluginName;

    public FilterResult Filter(SchedulingContext context, Cluster cluster)
    {
        if (context.TargetContains(cluster.Metadata.Name ?? "") || IsApiEnabled(cluster, context.ResourceGroupVersion, context.ResourceKind))
        {
            return FilterResult.Success;
        }

        return FilterResult.Unschedulable(Reason);
    }

    public static bool IsApiEnabled(Cluster cluster, string groupVersion, string kind)
    {
        foreach (var enablement in cluster.Status?.APIEnablements ?? [])
        {
            if (enablement.GroupVersion != groupVersion)
            {
                continue;
            }

            foreach (var resource in enablement.Resources ?? [])
            {
                if (resource.Kind == kind)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
