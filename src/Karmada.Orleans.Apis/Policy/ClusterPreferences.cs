using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterPreferences: static weights or a dynamic weight factor.</summary>
public sealed record ClusterPreferences
{
    [JsonPropertyName("staticWeightList")]
    public IReadOnlyList<StaticClusterWeight>? StaticWeightList { get; init; }

    [JsonPropertyName("dynamicWeight")]
    public string? DynamicWeight { get; init; }
}
