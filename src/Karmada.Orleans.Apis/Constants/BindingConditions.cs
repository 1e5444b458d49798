namespace Karmada.Orleans.Apis;

/// <summary>Condition types and reasons of ResourceBinding status.</summary>
public static class BindingConditions
{
    public const string Scheduled = "Scheduled";
    public const string FullyApplied = "FullyApplied";

    public const string ReasonSuccess = "Success";
    public const string ReasonSchedulerError = "SchedulerError";
    public const string ReasonNoClusterFit = "NoClusterFit";
    public const string ReasonUnschedulable = "Unschedulable";
    public const string ReasonQuotaExceeded = "QuotaExceeded";

    /// <summary>Message of a successful Scheduled condition.</summary>
    public const string ScheduledSuccessMessage = "Binding has been scheduled successfully.";
}
