using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>corev1.NodeSelectorTerm: requirements are ANDed.</summary>
public sealed record NodeSelectorTerm
{
    [JsonPropertyName("matchExpressions")]
    public IReadOnlyList<NodeSelectorRequirement>? MatchExpressions { get; init; }

    [JsonPropertyName("matchFields")]
    public IReadOnlyList<NodeSelectorRequirement>? MatchFields { get; init; }
}
