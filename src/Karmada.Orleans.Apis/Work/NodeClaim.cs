using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>NodeClaim: node affinity, node selector and tolerations of the pod template.</summary>
public sealed record NodeClaim
{
    [JsonPropertyName("hardNodeAffinity")]
    public NodeSelector? HardNodeAffinity { get; init; }

    [JsonPropertyName("nodeSelector")]
    public IReadOnlyDictionary<string, string>? NodeSelector { get; init; }

    [JsonPropertyName("tolerations")]
    public IReadOnlyList<Toleration>? Tolerations { get; init; }
}
