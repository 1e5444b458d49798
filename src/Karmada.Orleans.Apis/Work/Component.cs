using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>Component: one pod template of a multi-template workload.</summary>
public sealed record Component
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("replicas")]
    public int Replicas { get; init; }

    [JsonPropertyName("replicaRequirements")]
    public ComponentReplicaRequirements? ReplicaRequirements { get; init; }
}
