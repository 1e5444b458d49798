using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.ApiServer.Tables;

namespace Karmada.Orleans.ApiServer.Karmada;

/// <summary>Karmada's own API groups as the control plane serves them.</summary>
public static class KarmadaResources
{
    /// <summary>
    /// Every Karmada kind, from its CRD. ResourceBinding and ClusterResourceBinding are served at their storage
    /// version v1alpha2 only (no conversion to v1alpha1 here). Cluster (Karmada serves it from an aggregated API
    /// server) gets Karmada's server-side columns.
    /// </summary>
    public static IReadOnlyList<ResourceDefinition> Kinds { get; } = KarmadaCrds.All
        .SelectMany(crd => CrdDefinitions.FromCrd(crd, isCustom: false))
        .Where(d => !(d.Group == "work.karmada.io" && d.Kind is "ResourceBinding" or "ClusterResourceBinding" && d.Version == "v1alpha1"))
        .Select(d => d.Kind == "Cluster" && d.Group == "cluster.karmada.io" ? d with { Printer = ClusterPrinter.Instance } : d)
        .ToList();

    public static ResourceDefinition Cluster => Kinds.Single(d => d.Kind == "Cluster" && d.Group == "cluster.karmada.io");

    public static void Register(ResourceCatalog catalog)
    {
        foreach (var kind in Kinds)
        {
            catalog.Add(kind);
        }
    }
}
