using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>PropagationSpec: the spec of PropagationPolicy and ClusterPropagationPolicy.</summary>
public sealed record PropagationSpec
{
    [JsonPropertyName("resourceSelectors")]
    public IReadOnlyList<ResourceSelector> ResourceSelectors { get; init; } = [];

    [JsonPropertyName("association")]
    public bool? Association { get; init; }

    [JsonPropertyName("propagateDeps")]
    public bool? PropagateDeps { get; init; }

    [JsonPropertyName("placement")]
    public Placement Placement { get; init; } = new();

    [JsonPropertyName("priority")]
    public int? Priority { get; init; }

    [JsonPropertyName("preemption")]
    public string? Preemption { get; init; }

    [JsonPropertyName("dependentOverrides")]
    public IReadOnlyList<string>? DependentOverrides { get; init; }

    [JsonPropertyName("schedulerName")]
    public string? SchedulerName { get; init; }

    [JsonPropertyName("failover")]
    public FailoverBehavior? Failover { get; init; }

    [JsonPropertyName("conflictResolution")]
    public string? ConflictResolution { get; init; }

    [JsonPropertyName("activationPreference")]
    public string? ActivationPreference { get; init; }

    [JsonPropertyName("suspension")]
    public Suspension? Suspension { get; init; }

    [JsonPropertyName("preserveResourcesOnDeletion")]
    public bool? PreserveResourcesOnDeletion { get; init; }

    [JsonPropertyName("schedulePriority")]
    public SchedulePriority? SchedulePriority { get; init; }
}
