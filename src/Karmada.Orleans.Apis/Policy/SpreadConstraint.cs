using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>SpreadConstraint: spread the selected clusters over groups of a field (cluster, region, zone, provider) or label.</summary>
public sealed record SpreadConstraint
{
    [JsonPropertyName("spreadByField")]
    public string? SpreadByField { get; init; }

    [JsonPropertyName("spreadByLabel")]
    public string? SpreadByLabel { get; init; }

    [JsonPropertyName("maxGroups")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int MaxGroups { get; init; }

    [JsonPropertyName("minGroups")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int MinGroups { get; init; }
}
