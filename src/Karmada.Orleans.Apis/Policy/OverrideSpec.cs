using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>OverrideSpec: the spec of OverridePolicy and ClusterOverridePolicy.</summary>
public sealed record OverrideSpec
{
    [JsonPropertyName("resourceSelectors")]
    public IReadOnlyList<ResourceSelector>? ResourceSelectors { get; init; }

    [JsonPropertyName("overrideRules")]
    public IReadOnlyList<RuleWithCluster>? OverrideRules { get; init; }

    [JsonPropertyName("targetCluster")]
    public ClusterAffinity? TargetCluster { get; init; }

    [JsonPropertyName("overriders")]
    public Overriders? Overriders { get; init; }
}
