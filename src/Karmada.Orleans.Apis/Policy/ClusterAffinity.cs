using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterAffinity: cluster names, excluded names, label selector and field selector (all ANDed).</summary>
public record ClusterAffinity
{
    [JsonPropertyName("labelSelector")]
    public LabelSelector? LabelSelector { get; init; }

    [JsonPropertyName("fieldSelector")]
    public FieldSelector? FieldSelector { get; init; }

    [JsonPropertyName("clusterNames")]
    public IReadOnlyList<string>? ClusterNames { get; init; }

    [JsonPropertyName("exclude")]
    public IReadOnlyList<string>? Exclude { get; init; }
}
