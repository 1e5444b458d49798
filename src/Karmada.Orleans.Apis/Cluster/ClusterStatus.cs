using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterStatus: what the cluster status controller collects.</summary>
public sealed record ClusterStatus
{
    [JsonPropertyName("kubernetesVersion")]
    public string? KubernetesVersion { get; init; }

    [JsonPropertyName("apiEnablements")]
    public IReadOnlyList<APIEnablement>? APIEnablements { get; init; }

    [JsonPropertyName("conditions")]
    public IReadOnlyList<Condition>? Conditions { get; init; }

    [JsonPropertyName("nodeSummary")]
    public NodeSummary? NodeSummary { get; init; }

    [JsonPropertyName("resourceSummary")]
    public ResourceSummary? ResourceSummary { get; init; }

    [JsonPropertyName("remedyActions")]
    public IReadOnlyList<string>? RemedyActions { get; init; }
}
