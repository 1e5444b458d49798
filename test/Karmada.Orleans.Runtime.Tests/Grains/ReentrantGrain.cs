namespace Karmada.Orleans.Runtime.Tests.Grains;

[Reentrant]
public sealed class ReentrantGrain : Grain, IReentrantGrain
{
    private TaskCompletionSource? _signal;
    private int _inside;
    private int _maxInside;

    public async Task<string> WaitForSignalAsync()
    {
        _signal = new TaskCompletionSource();
        await _signal.Task;
        return $"signalled; max threads inside at once: {_maxInside}";
    }

    public Task SignalAsync()
    {
        // Interleaving is allowed, parallel execution is not: count who is inside right now.
        _maxInside = Math.Max(_maxInside, Interlocked.Increment(ref _inside));
        _signal?.TrySetResult();
        Interlocked.Decrement(ref _inside);
        return Task.CompletedTask;
    }
}
