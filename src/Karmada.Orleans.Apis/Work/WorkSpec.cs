using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>WorkSpec: the manifests to apply and dispatching switches.</summary>
public sealed record WorkSpec
{
    [JsonPropertyName("workload")]
    public WorkloadTemplate Workload { get; init; } = new();

    [JsonPropertyName("suspendDispatching")]
    public bool? SuspendDispatching { get; init; }

    [JsonPropertyName("preserveResourcesOnDeletion")]
    public bool? PreserveResourcesOnDeletion { get; init; }
}
