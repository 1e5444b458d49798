namespace Karmada.Orleans.Scheduling;

/// <summary>Why a binding is (re)scheduled, in Karmada's order of precedence.</summary>
public enum RescheduleReason
{
    /// <summary>Nothing requires scheduling.</summary>
    None,

    /// <summary>The placement differs from the applied-placement annotation (or was never applied).</summary>
    PlacementChanged,

    /// <summary>spec.replicas no longer matches the scheduling result (scale, eviction, descheduler).</summary>
    ReplicasChanged,

    /// <summary>spec.rescheduleTriggeredAt is newer than status.lastScheduledTime (WorkloadRebalancer): a fresh reschedule.</summary>
    RescheduleTriggered,

    /// <summary>A cluster of the scheduling result is being deleted or is gone.</summary>
    TargetClusterDeleting,

    /// <summary>Duplicated placements and non-workloads are scheduled whenever the binding is processed.</summary>
    DuplicatedOrNonWorkload,

    /// <summary>The binding is being deleted: never scheduled.</summary>
    BindingDeleting,

    /// <summary>spec.suspension.scheduling is true.</summary>
    SchedulingSuspended,
}
