using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>Suspension: pause dispatching to all or some clusters.</summary>
public record Suspension
{
    [JsonPropertyName("dispatching")]
    public bool? Dispatching { get; init; }

    [JsonPropertyName("dispatchingOnClusters")]
    public SuspendClusters? DispatchingOnClusters { get; init; }
}
