using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterAffinityTerm: one named, ordered cluster group of placement.clusterAffinities (tried in order).</summary>
public sealed record ClusterAffinityTerm : ClusterAffinity
{
    [JsonPropertyName("affinityName")]
    [JsonPropertyOrder(-1)]
    public string AffinityName { get; init; } = "";

    [JsonPropertyName("overflowAffinities")]
    public IReadOnlyList<OverflowAffinityTerm>? OverflowAffinities { get; init; }
}
