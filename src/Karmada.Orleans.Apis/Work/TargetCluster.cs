using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>TargetCluster: one entry of the scheduling result.</summary>
public sealed record TargetCluster
{
    [JsonPropertyName("name")]
    public string Name { get; init; } = "";

    [JsonPropertyName("replicas")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Replicas { get; init; }

    [JsonPropertyName("components")]
    public IReadOnlyList<ComponentReplicas>? Components { get; init; }
}
