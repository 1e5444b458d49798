using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>SuspendClusters: clusters on which dispatching is suspended.</summary>
public sealed record SuspendClusters
{
    [JsonPropertyName("clusterNames")]
    public IReadOnlyList<string>? ClusterNames { get; init; }
}
