using Karmada.Orleans.ApiServer.Resources;

namespace Karmada.Orleans.ApiServer.Karmada;

/// <summary>Karmada's own API groups as the control plane serves them.</summary>
public static class KarmadaResources
{
    /// <summary>cluster.karmada.io/v1alpha1 Cluster: served by Karmada's aggregated API server, so not a CRD here either.</summary>
    public static ResourceDefinition Cluster { get; } = new()
    {
        Group = "cluster.karmada.io",
        Version = "v1alpha1",
        Kind = "Cluster",
        Plural = "clusters",
        Namespaced = false,
        HasStatus = true,
        Printer = ClusterPrinter.Instance,
    };

    public static void Register(ResourceCatalog catalog) => catalog.Add(Cluster);
}
