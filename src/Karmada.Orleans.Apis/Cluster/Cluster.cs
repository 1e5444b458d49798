using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>Cluster (cluster.karmada.io/v1alpha1): a member cluster.</summary>
public sealed record Cluster : KubernetesObject
{
    public const string GroupVersion = "cluster.karmada.io/v1alpha1";
    public const string KindName = "Cluster";

    public Cluster()
    {
        ApiVersion = GroupVersion;
        Kind = KindName;
    }

    [JsonPropertyName("spec")]
    public ClusterSpec Spec { get; init; } = new();

    [JsonPropertyName("status")]
    public ClusterStatus? Status { get; init; }
}
