using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ComponentReplicaRequirements: what one replica of a component needs.</summary>
public sealed record ComponentReplicaRequirements
{
    [JsonPropertyName("nodeClaim")]
    public NodeClaim? NodeClaim { get; init; }

    [JsonPropertyName("resourceRequest")]
    public IReadOnlyDictionary<string, Quantity>? ResourceRequest { get; init; }

    [JsonPropertyName("priorityClassName")]
    public string? PriorityClassName { get; init; }
}
