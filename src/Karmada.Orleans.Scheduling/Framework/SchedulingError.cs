namespace Karmada.Orleans.Scheduling;

/// <summary>A scheduling failure with Karmada's message, including its wrapping prefixes.</summary>
public sealed record SchedulingError(SchedulingErrorKind Kind, string Message)
{
    /// <summary>The Scheduled condition reason Karmada records for this error.</summary>
    public string ConditionReason => Kind switch
    {
        SchedulingErrorKind.FitError => BindingConditions.ReasonNoClusterFit,
        SchedulingErrorKind.Unschedulable => BindingConditions.ReasonUnschedulable,
        _ => BindingConditions.ReasonSchedulerError,
    };

    public static SchedulingError Unschedulable(string message) => new(SchedulingErrorKind.Unschedulable, message);

    public static SchedulingError Other(string message) => new(SchedulingErrorKind.Error, message);

    /// <summary>Go's fmt.Errorf("prefix: %w", err): same kind, prefixed message.</summary>
    public SchedulingError Wrap(string prefix) => this with { Message = $"{prefix}: {Message}" };

    public override string ToString() => Message;
}
