using Karmada.Orleans.Runtime;

namespace Karmada.Orleans.Timers;

/// <summary>
/// A timer whose ticks are queued to the owning activation like requests. The next tick is
/// scheduled only after the callback completes, so ticks never overlap.
/// </summary>
internal sealed class GrainTimer<TState> : IGrainTimer, IGrainTimerTick
{
    private readonly GrainActivation _activation;
    private readonly Func<TState, CancellationToken, Task> _callback;
    private readonly TState _state;
    private readonly ITimer _timer;
    private readonly CancellationTokenSource _disposed = new();
    private TimeSpan _period;

    public GrainTimer(GrainActivation activation, Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options, TimeProvider time)
    {
        _activation = activation;
        _callback = callback;
        _state = state;
        _period = options.Period;
        Interleave = options.Interleave;
        KeepAlive = options.KeepAlive;
        _timer = time.CreateTimer(static s => ((GrainTimer<TState>)s!).OnTimerFired(), this, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(options.DueTime, Timeout.InfiniteTimeSpan);
    }

    public bool Interleave { get; }

    public bool KeepAlive { get; }

    public void Change(TimeSpan dueTime, TimeSpan period)
    {
        _period = period;
        if (!_disposed.IsCancellationRequested)
        {
            _timer.Change(dueTime, Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        _disposed.Cancel();
        _timer.Dispose();
        _activation.RemoveTimer(this);
    }

    private void OnTimerFired()
    {
        if (!_disposed.IsCancellationRequested && !_activation.TryEnqueue(new TimerTickWorkItem(this)))
        {
            Dispose();
        }
    }

    public async ValueTask TickAsync()
    {
        if (_disposed.IsCancellationRequested)
        {
            return;
        }

        try
        {
            await _callback(_state, _disposed.Token);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !_disposed.IsCancellationRequested)
        {
            _activation.Runtime.LogTimerFailure(_activation.GrainId, ex);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_disposed.IsCancellationRequested && _period != Timeout.InfiniteTimeSpan)
        {
            _timer.Change(_period, Timeout.InfiniteTimeSpan);
        }
    }
}
