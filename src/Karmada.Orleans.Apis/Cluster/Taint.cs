using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>corev1.Taint on a Cluster; effects are NoSchedule, PreferNoSchedule, NoExecute.</summary>
public sealed record Taint
{
    [JsonPropertyName("key")]
    public string Key { get; init; } = "";

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("effect")]
    public string Effect { get; init; } = "";

    [JsonPropertyName("timeAdded")]
    public DateTimeOffset? TimeAdded { get; init; }
}
