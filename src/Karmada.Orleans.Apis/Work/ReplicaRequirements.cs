using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ReplicaRequirements: what one replica needs (node claim and resource requests).</summary>
public sealed record ReplicaRequirements
{
    [JsonPropertyName("nodeClaim")]
    public NodeClaim? NodeClaim { get; init; }

    [JsonPropertyName("resourceRequest")]
    public IReadOnlyDictionary<string, Quantity>? ResourceRequest { get; init; }

    [JsonPropertyName("namespace")]
    public string? Namespace { get; init; }

    [JsonPropertyName("priorityClassName")]
    public string? PriorityClassName { get; init; }
}
