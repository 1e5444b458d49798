namespace Karmada.Orleans;

/// <summary>
/// How a grain timer ticks. <see cref="Period"/> of <see cref="Timeout.InfiniteTimeSpan"/> ticks once.
/// <see cref="Interleave"/> lets ticks run between the awaits of other requests;
/// <see cref="KeepAlive"/> makes ticks count as activity, so the activation is not collected while the timer runs.
/// </summary>
public readonly record struct GrainTimerCreationOptions(TimeSpan DueTime, TimeSpan Period)
{
    public bool Interleave { get; init; }

    public bool KeepAlive { get; init; }
}
