namespace Karmada.Orleans.Cli.Preview;

/// <summary>
/// Offline, the CLI cannot ask an API server whether a kind is namespaced: the built-in and Karmada
/// kinds below are cluster-scoped, anything else (a CRD's kind included) is taken as namespaced.
/// </summary>
internal static class ResourceScope
{
    private static readonly HashSet<string> ClusterScopedKinds = new(StringComparer.Ordinal)
    {
        "Namespace", "Node", "PersistentVolume", "ComponentStatus",
        "ClusterRole", "ClusterRoleBinding", "StorageClass", "CSIDriver", "CSINode", "VolumeAttachment",
        "CustomResourceDefinition", "APIService", "PriorityClass", "RuntimeClass", "IngressClass",
        "MutatingWebhookConfiguration", "ValidatingWebhookConfiguration", "ValidatingAdmissionPolicy",
        "ValidatingAdmissionPolicyBinding", "CertificateSigningRequest", "FlowSchema", "PriorityLevelConfiguration",
        "PodSecurityPolicy", "Cluster", "ClusterPropagationPolicy", "ClusterOverridePolicy", "ClusterResourceBinding",
        "ClusterTaintPolicy", "ResourceInterpreterCustomization", "ResourceInterpreterWebhookConfiguration",
        "WorkloadRebalancer", "Remedy", "ResourceRegistry",
    };

    public static bool IsNamespaced(string? kind) => kind is null || !ClusterScopedKinds.Contains(kind);
}
