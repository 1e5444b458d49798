using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>DecisionConditions: how long an application may stay unhealthy before failover.</summary>
public sealed record DecisionConditions
{
    [JsonPropertyName("tolerationSeconds")]
    public int? TolerationSeconds { get; init; }
}
