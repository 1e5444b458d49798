using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>WorkloadAffinityGroups: the affinity and anti-affinity groups of a binding.</summary>
public sealed record WorkloadAffinityGroups
{
    [JsonPropertyName("affinityGroup")]
    public string? AffinityGroup { get; init; }

    [JsonPropertyName("antiAffinityGroup")]
    public string? AntiAffinityGroup { get; init; }
}
