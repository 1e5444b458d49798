using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>Placement: where and how a resource is scheduled.</summary>
public sealed record Placement
{
    [JsonPropertyName("clusterAffinity")]
    public ClusterAffinity? ClusterAffinity { get; init; }

    [JsonPropertyName("clusterAffinities")]
    public IReadOnlyList<ClusterAffinityTerm>? ClusterAffinities { get; init; }

    [JsonPropertyName("clusterTolerations")]
    public IReadOnlyList<Toleration>? ClusterTolerations { get; init; }

    [JsonPropertyName("spreadConstraints")]
    public IReadOnlyList<SpreadConstraint>? SpreadConstraints { get; init; }

    [JsonPropertyName("replicaScheduling")]
    public ReplicaSchedulingStrategy? ReplicaScheduling { get; init; }

    [JsonPropertyName("workloadAffinity")]
    public WorkloadAffinity? WorkloadAffinity { get; init; }
}
