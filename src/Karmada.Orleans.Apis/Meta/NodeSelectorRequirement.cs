using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>corev1.NodeSelectorRequirement (also Karmada's fieldSelector expressions).</summary>
public sealed record NodeSelectorRequirement
{
    [JsonPropertyName("key")]
    public string Key { get; init; } = "";

    [JsonPropertyName("operator")]
    public string Operator { get; init; } = "";

    [JsonPropertyName("values")]
    public IReadOnlyList<string>? Values { get; init; }
}
