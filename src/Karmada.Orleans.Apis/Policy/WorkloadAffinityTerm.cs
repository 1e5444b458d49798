using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>WorkloadAffinityTerm: the label key that groups workloads.</summary>
public sealed record WorkloadAffinityTerm
{
    [JsonPropertyName("groupByLabelKey")]
    public string GroupByLabelKey { get; init; } = "";
}
