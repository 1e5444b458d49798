using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterResourceBinding (work.karmada.io/v1alpha2, cluster-scoped, short name crb).</summary>
public sealed record ClusterResourceBinding : KubernetesObject
{
    public const string GroupVersion = "work.karmada.io/v1alpha2";
    public const string KindName = "ClusterResourceBinding";

    public ClusterResourceBinding()
    {
        ApiVersion = GroupVersion;
        Kind = KindName;
    }

    [JsonPropertyName("spec")]
    public ResourceBindingSpec Spec { get; init; } = new();

    [JsonPropertyName("status")]
    public ResourceBindingStatus? Status { get; init; }
}
