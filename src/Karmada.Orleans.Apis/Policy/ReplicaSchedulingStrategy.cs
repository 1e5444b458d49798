using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ReplicaSchedulingStrategy: Duplicated or Divided (Aggregated or Weighted).</summary>
public sealed record ReplicaSchedulingStrategy
{
    [JsonPropertyName("replicaSchedulingType")]
    public string? ReplicaSchedulingType { get; init; }

    [JsonPropertyName("replicaDivisionPreference")]
    public string? ReplicaDivisionPreference { get; init; }

    [JsonPropertyName("weightPreference")]
    public ClusterPreferences? WeightPreference { get; init; }
}
