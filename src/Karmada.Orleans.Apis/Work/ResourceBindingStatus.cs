using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ResourceBindingStatus: scheduler bookkeeping, conditions and the status aggregated from members.</summary>
public sealed record ResourceBindingStatus
{
    [JsonPropertyName("schedulerObservedGeneration")]
    public long? SchedulerObservedGeneration { get; init; }

    [JsonPropertyName("schedulerObservingAffinityName")]
    public string? SchedulerObservedAffinityName { get; init; }

    [JsonPropertyName("lastScheduledTime")]
    public DateTimeOffset? LastScheduledTime { get; init; }

    [JsonPropertyName("conditions")]
    public IReadOnlyList<Condition>? Conditions { get; init; }

    [JsonPropertyName("aggregatedStatus")]
    public IReadOnlyList<AggregatedStatusItem>? AggregatedStatus { get; init; }
}
