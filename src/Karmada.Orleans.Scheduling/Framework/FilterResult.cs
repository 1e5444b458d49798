namespace Karmada.Orleans.Scheduling;

/// <summary>The verdict of a filter plugin; an unschedulable verdict carries the reason shown in the FitError.</summary>
public readonly record struct FilterResult(bool IsSuccess, string? Reason)
{
    public static FilterResult Success { get; } = new(true, null);

    public static FilterResult Unschedulable(string reason) => new(false, reason);
}
