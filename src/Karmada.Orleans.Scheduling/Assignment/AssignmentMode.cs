namespace Karmada.Orleans.Scheduling;

/// <summary>How replicas are re-assigned by the dynamic strategies.</summary>
public enum AssignmentMode
{
    /// <summary>Keep the previous result as far as possible: add on scale-up, shrink proportionally on scale-down.</summary>
    Steady,

    /// <summary>Recompute from scratch (spec.rescheduleTriggeredAt newer than status.lastScheduledTime).</summary>
    Fresh,
}
