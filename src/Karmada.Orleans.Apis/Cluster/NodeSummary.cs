using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>NodeSummary: node counts of a member cluster.</summary>
public sealed record NodeSummary
{
    [JsonPropertyName("totalNum")]
    public int? TotalNum { get; init; }

    [JsonPropertyName("readyNum")]
    public int? ReadyNum { get; init; }
}
