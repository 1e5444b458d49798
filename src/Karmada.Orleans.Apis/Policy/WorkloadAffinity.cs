using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>WorkloadAffinity: co-locate or separate workloads sharing a label value (alpha).</summary>
public sealed record WorkloadAffinity
{
    [JsonPropertyName("affinity")]
    public WorkloadAffinityTerm? Affinity { get; init; }

    [JsonPropertyName("antiAffinity")]
    public WorkloadAffinityTerm? AntiAffinity { get; init; }
}
