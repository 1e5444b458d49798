using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterOverridePolicy (policy.karmada.io/v1alpha1, cluster-scoped, short name cop).</summary>
public sealed record ClusterOverridePolicy : KubernetesObject
{
    public const string GroupVersion = "policy.karmada.io/v1alpha1";
    public const string KindName = "ClusterOverridePolicy";

    public ClusterOverridePolicy()
    {
        ApiVersion = GroupVersion;
        Kind = KindName;
    }

    [JsonPropertyName("spec")]
    public OverrideSpec Spec { get; init; } = new();
}
