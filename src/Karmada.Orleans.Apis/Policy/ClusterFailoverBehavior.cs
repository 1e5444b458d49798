using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ClusterFailoverBehavior: how to move an application off a failed cluster.</summary>
public sealed record ClusterFailoverBehavior
{
    [JsonPropertyName("purgeMode")]
    public string? PurgeMode { get; init; }

    [JsonPropertyName("statePreservation")]
    public StatePreservation? StatePreservation { get; init; }
}
