using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>StaticClusterWeight: the weight of the clusters matching targetCluster.</summary>
public sealed record StaticClusterWeight
{
    [JsonPropertyName("targetCluster")]
    public ClusterAffinity TargetCluster { get; init; } = new();

    [JsonPropertyName("weight")]
    public long Weight { get; init; }
}
