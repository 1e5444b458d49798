using Karmada.Orleans.ApiServer.Resources;
using Karmada.Orleans.ApiServer.Tables;

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

    private static readonly string[] KarmadaCategory = ["karmada-io"];

    private static readonly PrinterColumn Age = new("Age", "date", ".metadata.creationTimestamp");

    private static readonly PrinterColumn[] PolicyColumns =
    [
        new("Conflict-Resolution", "string", ".spec.conflictResolution"),
        new("Priority", "string", ".spec.priority"),
        Age,
    ];

    private static readonly PrinterColumn[] BindingColumns =
    [
        new("Scheduled", "string", ".status.conditions[?(@.type==\"Scheduled\")].status"),
        new("FullyApplied", "string", ".status.conditions[?(@.type==\"FullyApplied\")].status"),
        Age,
    ];

    /// <summary>Karmada's CRD-defined kinds (names, scope, short names, categories, printer columns as in Karmada's CRDs).</summary>
    public static IReadOnlyList<ResourceDefinition> Kinds { get; } =
    [
        Kind("policy.karmada.io", "v1alpha1", "PropagationPolicy", "propagationpolicies", true, ["pp"], PolicyColumns),
        Kind("policy.karmada.io", "v1alpha1", "ClusterPropagationPolicy", "clusterpropagationpolicies", false, ["cpp"], PolicyColumns),
        Kind("policy.karmada.io", "v1alpha1", "OverridePolicy", "overridepolicies", true, ["op"], []),
        Kind("policy.karmada.io", "v1alpha1", "ClusterOverridePolicy", "clusteroverridepolicies", false, ["cop"], []),
        Kind("work.karmada.io", "v1alpha2", "ResourceBinding", "resourcebindings", true, ["rb"], BindingColumns, status: true),
        Kind("work.karmada.io", "v1alpha2", "ClusterResourceBinding", "clusterresourcebindings", false, ["crb"], BindingColumns, status: true),
        Kind("work.karmada.io", "v1alpha1", "Work", "works", true, ["wk"],
        [
            new("Workload-Kind", "string", ".spec.workload.manifests[*].kind"),
            new("Applied", "string", ".status.conditions[?(@.type==\"Applied\")].status"),
            Age,
        ], status: true),
    ];

    private static ResourceDefinition Kind(string group, string version, string kind, string plural, bool namespaced, string[] shortNames, PrinterColumn[] columns, bool status = false) => new()
    {
        Group = group,
        Version = version,
        Kind = kind,
        Plural = plural,
        Namespaced = namespaced,
        ShortNames = shortNames,
        Categories = KarmadaCategory,
        HasStatus = status,
        Printer = new ColumnPrinter(columns),
    };

    public static void Register(ResourceCatalog catalog)
    {
        catalog.Add(Cluster);
        foreach (var kind in Kinds)
        {
            catalog.Add(kind);
        }
    }
}
