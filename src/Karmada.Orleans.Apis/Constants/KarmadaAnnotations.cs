namespace Karmada.Orleans.Apis;

/// <summary>Well-known annotations Karmada puts on templates, bindings and works.</summary>
public static class KarmadaAnnotations
{
    /// <summary>On a binding: the JSON of the placement it was last scheduled with.</summary>
    public const string AppliedPlacement = "policy.karmada.io/applied-placement";

    public const string AppliedOverrides = "policy.karmada.io/applied-overrides";
    public const string AppliedClusterOverrides = "policy.karmada.io/applied-cluster-overrides";

    /// <summary>"overwrite" or "abort".</summary>
    public const string ConflictResolution = "work.karmada.io/conflict-resolution";

    public const string Dependencies = "resourcebinding.karmada.io/dependencies";
    public const string PropagationPolicyNamespace = "propagationpolicy.karmada.io/namespace";
    public const string PropagationPolicyName = "propagationpolicy.karmada.io/name";
    public const string ClusterPropagationPolicyName = "clusterpropagationpolicy.karmada.io/name";
    public const string WorkNamespace = "work.karmada.io/namespace";
    public const string WorkName = "work.karmada.io/name";
}
