using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>metav1.LabelSelector: matchLabels and matchExpressions are ANDed.</summary>
public sealed record LabelSelector
{
    [JsonPropertyName("matchLabels")]
    public IReadOnlyDictionary<string, string>? MatchLabels { get; init; }

    [JsonPropertyName("matchExpressions")]
    public IReadOnlyList<LabelSelectorRequirement>? MatchExpressions { get; init; }
}
