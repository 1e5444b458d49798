using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ApplicationFailoverBehavior: when and how to move an unhealthy application.</summary>
public sealed record ApplicationFailoverBehavior
{
    [JsonPropertyName("decisionConditions")]
    public DecisionConditions DecisionConditions { get; init; } = new();

    [JsonPropertyName("purgeMode")]
    public string? PurgeMode { get; init; }

    [JsonPropertyName("gracePeriodSeconds")]
    public int? GracePeriodSeconds { get; init; }

    [JsonPropertyName("statePreservation")]
    public StatePreservation? StatePreservation { get; init; }
}
