using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>OverflowAffinityTerm: a spill-over tier of a ClusterAffinityTerm, used when the groups before it run out of capacity.</summary>
public sealed record OverflowAffinityTerm : ClusterAffinity
{
    [JsonPropertyName("affinityName")]
    [JsonPropertyOrder(-1)]
    public string AffinityName { get; init; } = "";
}
