using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>corev1.NodeSelector: terms are ORed.</summary>
public sealed record NodeSelector
{
    [JsonPropertyName("nodeSelectorTerms")]
    public IReadOnlyList<NodeSelectorTerm> NodeSelectorTerms { get; init; } = [];
}
