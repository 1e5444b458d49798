using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>LabelAnnotationOverrider: adds, removes or replaces labels or annotations.</summary>
public sealed record LabelAnnotationOverrider
{
    [JsonPropertyName("operator")]
    public string Operator { get; init; } = "";

    [JsonPropertyName("value")]
    public IReadOnlyDictionary<string, string> Value { get; init; } = new Dictionary<string, string>();
}
