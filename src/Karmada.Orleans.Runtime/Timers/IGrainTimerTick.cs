namespace Karmada.Orleans.Timers;

/// <summary>What a queued timer tick needs from its timer.</summary>
internal interface IGrainTimerTick : IDisposable
{
    bool Interleave { get; }

    bool KeepAlive { get; }

    ValueTask TickAsync();
}
