using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>FieldSelector: requirements on the cluster's provider, region and zone fields.</summary>
public sealed record FieldSelector
{
    [JsonPropertyName("matchExpressions")]
    public IReadOnlyList<NodeSelectorRequirement> MatchExpressions { get; init; } = [];
}
