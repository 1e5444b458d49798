using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>corev1.Toleration as used by placement.clusterTolerations.</summary>
public sealed record Toleration
{
    [JsonPropertyName("key")]
    public string? Key { get; init; }

    [JsonPropertyName("operator")]
    public string? Operator { get; init; }

    [JsonPropertyName("value")]
    public string? Value { get; init; }

    [JsonPropertyName("effect")]
    public string? Effect { get; init; }

    [JsonPropertyName("tolerationSeconds")]
    public long? TolerationSeconds { get; init; }
}
