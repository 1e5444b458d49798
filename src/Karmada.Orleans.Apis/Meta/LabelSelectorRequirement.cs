using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>metav1.LabelSelectorRequirement; operators are <see cref="LabelSelectorOperator"/>.</summary>
public sealed record LabelSelectorRequirement
{
    [JsonPropertyName("key")]
    public string Key { get; init; } = "";

    [JsonPropertyName("operator")]
    public string Operator { get; init; } = "";

    [JsonPropertyName("values")]
    public IReadOnlyList<string>? Values { get; init; }
}
