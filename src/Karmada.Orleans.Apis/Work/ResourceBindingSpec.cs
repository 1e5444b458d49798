using System.Text.Json;
using System.Text.Json.Serialization;

namespace Karmada.Orleans.Apis;

/// <summary>ResourceBindingSpec (work.karmada.io/v1alpha2): the template reference, its replicas and requirements, the placement, and the scheduling result in clusters.</summary>
public sealed record ResourceBindingSpec
{
    [JsonPropertyName("resource")]
    public ObjectReference Resource { get; init; } = new();

    [JsonPropertyName("propagateDeps")]
    public bool? PropagateDeps { get; init; }

    [JsonPropertyName("replicaRequirements")]
    public ReplicaRequirements? ReplicaRequirements { get; init; }

    [JsonPropertyName("replicas")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int Replicas { get; init; }

    [JsonPropertyName("components")]
    public IReadOnlyList<Component>? Components { get; init; }

    [JsonPropertyName("clusters")]
    public IReadOnlyList<TargetCluster>? Clusters { get; init; }

    [JsonPropertyName("placement")]
    public Placement? Placement { get; init; }

    [JsonPropertyName("gracefulEvictionTasks")]
    public IReadOnlyList<GracefulEvictionTask>? GracefulEvictionTasks { get; init; }

    [JsonPropertyName("requiredBy")]
    public IReadOnlyList<BindingSnapshot>? RequiredBy { get; init; }

    [JsonPropertyName("schedulerName")]
    public string? SchedulerName { get; init; }

    [JsonPropertyName("failover")]
    public FailoverBehavior? Failover { get; init; }

    [JsonPropertyName("conflictResolution")]
    public string? ConflictResolution { get; init; }

    [JsonPropertyName("rescheduleTriggeredAt")]
    public DateTimeOffset? RescheduleTriggeredAt { get; init; }

    [JsonPropertyName("suspension")]
    public BindingSuspension? Suspension { get; init; }

    [JsonPropertyName("preserveResourcesOnDeletion")]
    public bool? PreserveResourcesOnDeletion { get; init; }

    [JsonPropertyName("schedulePriority")]
    public BindingSchedulePriority? SchedulePriority { get; init; }

    [JsonPropertyName("workloadAffinityGroups")]
    public WorkloadAffinityGroups? WorkloadAffinityGroups { get; init; }
}
