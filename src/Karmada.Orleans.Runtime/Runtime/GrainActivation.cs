using Karmada.Orleans.Persistence;
using Karmada.Orleans.Streams;
using Karmada.Orleans.Timers;

namespace Karmada.Orleans.Runtime;

/// <summary>
/// One live instance of a grain: a mailbox whose work runs on the activation's own task scheduler,
/// so grain code is single-threaded. A request may start when nothing else runs, or, while others are
/// suspended at an await, when it may interleave (reentrant grain, [AlwaysInterleave] method,
/// interleaving timer). Requests that may not start wait in order.
/// </summary>
internal sealed class GrainActivation
{
    [ThreadStatic]
    private static GrainActivation? _constructingOnThisThread;

    private static readonly Action<object?> PumpCallback = static s => ((GrainActivation)s!).Pump();
    private static readonly WorkItem ActivationMarker = new DeactivationWorkItem(default);

    private readonly object _lock = new();
    private readonly Queue<WorkItem> _queue = new();
    private ActivationState _state = ActivationState.Created;
    private bool _pumpScheduled;
    private int _running;
    private int _interleavableQueued;
    private DeactivationReason? _deactivationRequested;
    private long _lastActive;
    private long _keepAliveUntil;
    private List<IDisposable>? _timers;
    private List<IPersistentStateLifecycle>? _states;
    private List<Func<Task>>? _onDeactivated;
    private Dictionary<(string Provider, StreamId Stream), object?>? _implicitObservers;

    public GrainActivation(GrainRuntime runtime, GrainId grainId, GrainClassInfo classInfo)
    {
        Runtime = runtime;
        GrainId = grainId;
        ClassInfo = classInfo;
        Scheduler = new ActivationTaskScheduler(this);
        _lastActive = runtime.Time.GetTimestamp();
    }

    /// <summary>The activation whose grain constructor is running on this thread.</summary>
    public static GrainActivation? Constructing => _constructingOnThisThread;

    /// <summary>The activation whose turn is running on this thread, if any.</summary>
    public static GrainActivation? Current => ActivationTaskScheduler.Running?.Activation;

    public GrainRuntime Runtime { get; }

    public GrainId GrainId { get; }

    public GrainClassInfo ClassInfo { get; }

    public ActivationTaskScheduler Scheduler { get; }

    public object? Instance { get; private set; }

    /// <summary>Observers of implicitly subscribed streams; touched only inside this activation's turns.</summary>
    public Dictionary<(string Provider, StreamId Stream), object?> ImplicitObservers => _implicitObservers ??= [];

    /// <summary>Queues work; false when the activation is gone and the work must go to a new one.</summary>
    public bool TryEnqueue(WorkItem item)
    {
        lock (_lock)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            _queue.Enqueue(item);
            if (MayInterleave(item))
            {
                _interleavableQueued++;
            }

            if (!TryClaimPump())
            {
                return true;
            }
        }

        StartPump();
        return true;
    }

    public void RequestDeactivation(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (_state is ActivationState.Invalid or ActivationState.Deactivating)
            {
                return;
            }

            _deactivationRequested = reason;
            if (!TryClaimPump())
            {
                return;
            }
        }

        StartPump();
    }

    /// <summary>Queues a deactivation behind the work already queued; completes once the activation is gone.</summary>
    public Task DeactivateAsync(DeactivationReason reason)
    {
        var item = new DeactivationWorkItem(reason);
        return TryEnqueue(item) ? item.Completed : Task.CompletedTask;
    }

    /// <summary>Starts deactivation if nothing ran for <paramref name="age"/>; used by the idle collector.</summary>
    public bool TryCollectIdle(long now, TimeSpan age)
    {
        lock (_lock)
        {
            if (_state != ActivationState.Valid || _pumpScheduled || _running > 0 || _queue.Count > 0 || now < _keepAliveUntil
                || Runtime.Time.GetElapsedTime(_lastActive, now) < age)
            {
                return false;
            }

            _deactivationRequested = new DeactivationReason(DeactivationReasonCode.ActivationIdle, $"Idle for longer than {age}.");
            _pumpScheduled = true;
        }

        StartPump();
        return true;
    }

    public void DelayDeactivation(TimeSpan timeSpan)
    {
        var until = Runtime.Time.GetTimestamp() + (long)(timeSpan.TotalSeconds * Runtime.Time.TimestampFrequency);
        lock (_lock)
        {
            _keepAliveUntil = Math.Max(_keepAliveUntil, until);
        }
    }

    public IGrainTimer RegisterTimer<TState>(Func<TState, CancellationToken, Task> callback, TState state, GrainTimerCreationOptions options)
    {
        var timer = new GrainTimer<TState>(this, callback, state, options, Runtime.Time);
        lock (_lock)
        {
            (_timers ??= []).Add(timer);
        }

        return timer;
    }

    public void RemoveTimer(IDisposable timer)
    {
        lock (_lock)
        {
            _timers?.Remove(timer);
        }
    }

    /// <summary>Registers persistent state the grain constructor asked for; it is read before OnActivateAsync.</summary>
    public void AddPersistentState(IPersistentStateLifecycle state) => (_states ??= []).Add(state);

    /// <summary>Runs after OnDeactivateAsync (stream subscriptions, runtime bookkeeping).</summary>
    public void OnDeactivated(Func<Task> callback)
    {
        lock (_lock)
        {
            (_onDeactivated ??= []).Add(callback);
        }
    }

    private bool MayInterleave(WorkItem item) => item is not DeactivationWorkItem && (ClassInfo.IsReentrant || item.AlwaysInterleave);

    /// <summary>Under the lock: claims the pump if it is idle and there is something it could start now.</summary>
    private bool TryClaimPump()
    {
        if (_pumpScheduled)
        {
            return false;
        }

        var couldRun = _state switch
        {
            ActivationState.Created => _queue.Count > 0 || _deactivationRequested is not null,
            ActivationState.Valid when _deactivationRequested is not null => _running == 0,
            ActivationState.Valid => _queue.Count > 0 && (_running == 0 || _interleavableQueued > 0),
            _ => false,
        };
        _pumpScheduled = couldRun;
        return couldRun;
    }

    private void StartPump() =>
        Task.Factory.StartNew(PumpCallback, this, CancellationToken.None, TaskCreationOptions.DenyChildAttach, Scheduler);

    /// <summary>Starts every item that may start now; runs on the activation's scheduler.</summary>
    private void Pump()
    {
        while (true)
        {
            WorkItem? item;
            lock (_lock)
            {
                item = TakeNext();
                if (item is null)
                {
                    _pumpScheduled = false;
                    return;
                }

                _running++;
            }

            if (item == ActivationMarker)
            {
                _ = ActivateAsync();
                continue;
            }

            if (item is DeactivationWorkItem deactivation)
            {
                _ = DeactivateCoreAsync(deactivation);
                continue;
            }

            if (item.KeepsAlive)
            {
                _lastActive = Runtime.Time.GetTimestamp();
            }

            var pending = item.ExecuteAsync(this);
            if (pending.IsCompleted)
            {
                pending.GetAwaiter().GetResult();
                lock (_lock)
                {
                    _running--;
                }
            }
            else
            {
                _ = CompleteAsync(pending);
            }
        }
    }

    /// <summary>Under the lock: the next item allowed to start, respecting order and interleaving rules.</summary>
    private WorkItem? TakeNext()
    {
        switch (_state)
        {
            case ActivationState.Created when _queue.Count > 0 || _deactivationRequested is not null:
                _state = ActivationState.Activating;
                return ActivationMarker;
            case ActivationState.Valid:
                break;
            default:
                return null;
        }

        if (_deactivationRequested is { } requested)
        {
            if (_running > 0)
            {
                return null;
            }

            _deactivationRequested = null;
            _state = ActivationState.Deactivating;
            return new DeactivationWorkItem(requested);
        }

        if (!_queue.TryPeek(out var head))
        {
            return null;
        }

        if (head is DeactivationWorkItem)
        {
            if (_running > 0)
            {
                return null;
            }

            _state = ActivationState.Deactivating;
            return _queue.Dequeue();
        }

        if (_running == 0 || MayInterleave(head))
        {
            _queue.Dequeue();
            if (MayInterleave(head))
            {
                _interleavableQueued--;
            }

            return head;
        }

        return _interleavableQueued > 0 ? TakeFirstInterleavable() : null;
    }

    /// <summary>Under the lock: lets the first interleavable item overtake requests that must wait.</summary>
    private WorkItem? TakeFirstInterleavable()
    {
        WorkItem? taken = null;
        var count = _queue.Count;
        for (var i = 0; i < count; i++)
        {
            var item = _queue.Dequeue();
            if (taken is null && item is DeactivationWorkItem)
            {
                // Nothing overtakes a deactivation.
                _queue.Enqueue(item);
                for (i++; i < count; i++)
                {
                    _queue.Enqueue(_queue.Dequeue());
                }

                break;
            }

            if (taken is null && MayInterleave(item))
            {
                taken = item;
                _interleavableQueued--;
                continue;
            }

            _queue.Enqueue(item);
        }

        return taken;
    }

    private async Task CompleteAsync(ValueTask pending)
    {
        await pending;
        OnWorkCompleted();
    }

    private void OnWorkCompleted()
    {
        lock (_lock)
        {
            _running--;
            if (!TryClaimPump())
            {
                return;
            }
        }

        Pump();
    }

    private async Task ActivateAsync()
    {
        try
        {
            _constructingOnThisThread = this;
            try
            {
                Instance = Runtime.Activator.CreateInstance(this);
            }
            finally
            {
                _constructingOnThisThread = null;
            }

            if (_states is not null)
            {
                foreach (var state in _states)
                {
                    await state.ReadStateAsync();
                }
            }

            if (Instance is Grain grain)
            {
                await grain.OnActivateAsync(Runtime.ShutdownToken);
            }
        }
        catch (Exception ex)
        {
            var pending = Invalidate();
            DisposeTimers();
            Runtime.Catalog.Remove(this);
            foreach (var item in pending)
            {
                item.Fail(ex);
            }

            return;
        }

        lock (_lock)
        {
            _state = ActivationState.Valid;
        }

        Runtime.Catalog.OnActivated(this);
        OnWorkCompleted();
    }

    private async Task DeactivateCoreAsync(DeactivationWorkItem deactivation)
    {
        try
        {
            if (Instance is Grain grain)
            {
                await grain.OnDeactivateAsync(deactivation.Reason, Runtime.ShutdownToken);
            }
        }
        catch (Exception ex)
        {
            Runtime.LogDeactivationFailure(GrainId, ex);
        }

        DisposeTimers();
        List<Func<Task>>? callbacks;
        lock (_lock)
        {
            callbacks = _onDeactivated;
            _onDeactivated = null;
        }

        foreach (var callback in callbacks ?? [])
        {
            try
            {
                await callback();
            }
            catch (Exception ex)
            {
                Runtime.LogDeactivationFailure(GrainId, ex);
            }
        }

        var leftovers = Invalidate();
        Runtime.Catalog.Remove(this);
        deactivation.Complete();
        foreach (var item in leftovers)
        {
            if (item is DeactivationWorkItem other)
            {
                other.Complete();
            }
            else
            {
                Runtime.Catalog.Send(GrainId, item);
            }
        }
    }

    private List<WorkItem> Invalidate()
    {
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            var leftovers = new List<WorkItem>(_queue);
            _queue.Clear();
            _interleavableQueued = 0;
            _deactivationRequested = null;
            return leftovers;
        }
    }

    private void DisposeTimers()
    {
        IDisposable[] timers;
        lock (_lock)
        {
            timers = _timers?.ToArray() ?? [];
            _timers = null;
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }
    }
}
