namespace Karmada.Orleans.Grains.Propagation;

/// <summary>A kind the control plane serves: its store resource, apiVersion, kind and scope.</summary>
public sealed record TemplateResource(string StorageResource, string ApiVersion, string Kind, bool Namespaced);

/// <summary>
/// The served kinds whose objects are resource templates (propagated by policies). The host supplies
/// them from its API catalog; CRD-defined kinds come and go.
/// </summary>
public interface ITemplateResources
{
    IReadOnlyList<TemplateResource> All { get; }

    TemplateResource? FindByKind(string apiVersion, string kind);

    TemplateResource? FindByStorage(string storageResource);
}

/// <summary>What the detector never treats as a template, as Karmada's detector skips them.</summary>
public static class TemplateFilter
{
    private static readonly HashSet<string> SkippedResources = new(StringComparer.Ordinal)
    {
        "events", "events.events.k8s.io", "leases.coordination.k8s.io", "endpoints", "namespaces", "nodes",
        "componentstatuses", "bindings",
    };

    public static bool IsTemplateResource(string storageResource)
    {
        if (SkippedResources.Contains(storageResource))
        {
            return false;
        }

        var dot = storageResource.IndexOf('.', StringComparison.Ordinal);
        var group = dot < 0 ? "" : storageResource[(dot + 1)..];
        return !(group.EndsWith("karmada.io", StringComparison.Ordinal) || group == "metrics.k8s.io");
    }

    /// <summary>karmada-system, karmada-cluster, karmada-es-* and kube-* are never propagated.</summary>
    public static bool IsSkippedNamespace(string ns) =>
        ns is "karmada-system" or "karmada-cluster" || ns.StartsWith("karmada-es-", StringComparison.Ordinal) || ns.StartsWith("kube-", StringComparison.Ordinal);
}
