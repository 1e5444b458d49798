using Karmada.Orleans.Runtime;

namespace Karmada.Orleans.Timers;

internal sealed class TimerTickWorkItem(IGrainTimerTick timer) : WorkItem
{
    public override bool AlwaysInterleave => timer.Interleave;

    public override bool KeepsAlive => timer.KeepAlive;

    public override ValueTask ExecuteAsync(GrainActivation activation) => timer.TickAsync();

    public override void Fail(Exception exception)
    {
        // A tick that cannot run (activation gone) is dropped, as in Orleans.
    }
}
