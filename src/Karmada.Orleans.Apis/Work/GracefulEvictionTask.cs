using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>GracefulEvictionTask: a cluster being evicted; its old Work stays until the replacement is healthy.</summary>
public sealed record GracefulEvictionTask
{
    [JsonPropertyName("fromCluster")]
    public string FromCluster { get; init; } = "";

    [JsonPropertyName("purgeMode")]
    public string? PurgeMode { get; init; }

    [JsonPropertyName("replicas")]
    public int? Replicas { get; init; }

    [JsonPropertyName("reason")]
    public string Reason { get; init; } = "";

    [JsonPropertyName("message")]
    public string? Message { get; init; }

    [JsonPropertyName("producer")]
    public string Producer { get; init; } = "";

    [JsonPropertyName("gracePeriodSeconds")]
    public int? GracePeriodSeconds { get; init; }

    [JsonPropertyName("suppressDeletion")]
    public bool? SuppressDeletion { get; init; }

    [JsonPropertyName("preservedLabelState")]
    public IReadOnlyDictionary<string, string>? PreservedLabelState { get; init; }

    [JsonPropertyName("clustersBeforeFailover")]
    public IReadOnlyList<string>? ClustersBeforeFailover { get; init; }

    [JsonPropertyName("creationTimestamp")]
    public DateTimeOffset? CreationTimestamp { get; init; }
}
