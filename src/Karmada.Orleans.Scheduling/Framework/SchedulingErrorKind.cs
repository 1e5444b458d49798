namespace Karmada.Orleans.Scheduling;

/// <summary>The kinds of scheduling failure Karmada distinguishes in the Scheduled condition reason.</summary>
public enum SchedulingErrorKind
{
    /// <summary>No cluster passed the filters (reason NoClusterFit; spec.clusters is cleared).</summary>
    FitError,

    /// <summary>Not enough capacity (reason Unschedulable).</summary>
    Unschedulable,

    /// <summary>Anything else, e.g. spread constraints that cannot be met (reason SchedulerError).</summary>
    Error,
}
