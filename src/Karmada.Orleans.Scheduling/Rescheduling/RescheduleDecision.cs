namespace Karmada.Orleans.Scheduling;

/// <summary>Whether and why to schedule a binding now.</summary>
public sealed record RescheduleDecision(RescheduleReason Reason)
{
    public bool ShouldSchedule => Reason is RescheduleReason.PlacementChanged or RescheduleReason.ReplicasChanged
        or RescheduleReason.RescheduleTriggered or RescheduleReason.TargetClusterDeleting or RescheduleReason.DuplicatedOrNonWorkload;

    /// <summary>Karmada's schedule type label: ScaleSchedule for replica changes, ReconcileSchedule otherwise.</summary>
    public string? ScheduleType => !ShouldSchedule ? null : Reason == RescheduleReason.ReplicasChanged ? "ScaleSchedule" : "ReconcileSchedule";

    /// <summary>Whether the replica assignment starts from scratch.</summary>
    public bool IsFresh => Reason == RescheduleReason.RescheduleTriggered;
}
