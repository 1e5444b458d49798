using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterPropagationPolicy (policy.karmada.io/v1alpha1, cluster-scoped, short name cpp).</summary>
public sealed record ClusterPropagationPolicy : KubernetesObject
{
    public const string GroupVersion = "policy.karmada.io/v1alpha1";
    public const string KindName = "ClusterPropagationPolicy";

    public ClusterPropagationPolicy()
    {
        ApiVersion = GroupVersion;
        Kind = KindName;
    }

    [JsonPropertyName("spec")]
    public PropagationSpec Spec { get; init; } = new();
}
