using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>metav1.Condition.</summary>
public sealed record Condition
{
    [JsonPropertyName("type")]
    public string Type { get; init; } = "";

    [JsonPropertyName("status")]
    public string Status { get; init; } = ConditionStatus.Unknown;

    [JsonPropertyName("observedGeneration")]
    public long? ObservedGeneration { get; init; }

    [JsonPropertyName("lastTransitionTime")]
    public DateTimeOffset? LastTransitionTime { get; init; }

    [JsonPropertyName("reason")]
    public string Reason { get; init; } = "";

    [JsonPropertyName("message")]
    public string Message { get; init; } = "";
}
