namespace Karmada.Orleans.Apis;

/// <summary>Well-known labels Karmada puts on templates, bindings and works.</summary>
public static class KarmadaLabels
{
    public const string PropagationPolicyNamespace = "propagationpolicy.karmada.io/namespace";
    public const string PropagationPolicyName = "propagationpolicy.karmada.io/name";
    public const string PropagationPolicyPermanentId = "propagationpolicy.karmada.io/permanent-id";
    public const string ClusterPropagationPolicyName = "clusterpropagationpolicy.karmada.io/name";
    public const string ClusterPropagationPolicyPermanentId = "clusterpropagationpolicy.karmada.io/permanent-id";
    public const string ResourceBindingPermanentId = "resourcebinding.karmada.io/permanent-id";
    public const string ClusterResourceBindingPermanentId = "clusterresourcebinding.karmada.io/permanent-id";
    public const string WorkPermanentId = "work.karmada.io/permanent-id";
    public const string WorkNamespace = "work.karmada.io/namespace";
    public const string WorkName = "work.karmada.io/name";
    public const string RetainReplicas = "resourcetemplate.karmada.io/retain-replicas";
    public const string DeletionProtected = "resourcetemplate.karmada.io/deletion-protected";
    public const string SkipAutoPropagation = "namespace.karmada.io/skip-auto-propagation";
}
