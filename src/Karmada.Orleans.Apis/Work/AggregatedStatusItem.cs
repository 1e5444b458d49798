using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>AggregatedStatusItem: the status of the resource in one member cluster.</summary>
public sealed record AggregatedStatusItem
{
    [JsonPropertyName("clusterName")]
    public string ClusterName { get; init; } = "";

    [JsonPropertyName("status")]
    public JsonElement? Status { get; init; }

    [JsonPropertyName("applied")]
    public bool? Applied { get; init; }

    [JsonPropertyName("appliedMessage")]
    public string? AppliedMessage { get; init; }

    [JsonPropertyName("health")]
    public string? Health { get; init; }
}
