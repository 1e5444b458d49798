using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ComponentReplicas: replicas of one component in a target cluster.</summary>
public sealed record ComponentReplicas
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("replicas")]
    public int Replicas { get; init; }
}
