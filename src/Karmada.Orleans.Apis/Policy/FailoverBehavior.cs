using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>FailoverBehavior: application and cluster failover settings.</summary>
public sealed record FailoverBehavior
{
    [JsonPropertyName("application")]
    public ApplicationFailoverBehavior? Application { get; init; }

    [JsonPropertyName("cluster")]
    public ClusterFailoverBehavior? Cluster { get; init; }
}
