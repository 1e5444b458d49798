using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>RuleWithCluster: overriders applied to the clusters matching targetCluster (nil: all clusters).</summary>
public sealed record RuleWithCluster
{
    [JsonPropertyName("targetCluster")]
    public ClusterAffinity? TargetCluster { get; init; }

    [JsonPropertyName("overriders")]
    public Overriders Overriders { get; init; } = new();
}
