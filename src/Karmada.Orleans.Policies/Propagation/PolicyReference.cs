namespace Karmada.Orleans.Policies;

/// <summary>Which (Cluster)PropagationPolicy: its kind, namespace (null for a ClusterPropagationPolicy) and name.</summary>
public sealed record PolicyReference(string Kind, string? Namespace, string Name)
{
    public bool IsClusterPolicy => Kind == ClusterPropagationPolicy.KindName;

    public static PolicyReference Of(PropagationPolicy policy)
        => new(PropagationPolicy.KindName, policy.Metadata.Namespace ?? "", policy.Metadata.Name ?? "");

    public static PolicyReference Of(ClusterPropagationPolicy policy)
        => new(ClusterPropagationPolicy.KindName, null, policy.Metadata.Name ?? "");

    /// <summary>As Karmada's events name policies: "propagation policy(ns/name)" or "cluster propagation policy(name)".</summary>
    public override string ToString()
        => IsClusterPolicy ? $"cluster propagation policy({Name})" : $"propagation policy({Namespace}/{Name})";
}
