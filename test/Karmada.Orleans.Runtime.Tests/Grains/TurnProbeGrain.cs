namespace Karmada.Orleans.Runtime.Tests.Grains;

/// <summary>Measures how many calls are ever inside the grain at once; a turn-based grain must see 1.</summary>
public sealed class TurnProbeGrain : Grain, ITurnProbeGrain
{
    private int _inside;
    private int _max;

    public async Task EnterAsync()
    {
        var now = Interlocked.Increment(ref _inside);
        _max = Math.Max(_max, now);
        await Task.Yield();
        Thread.SpinWait(20);
        await Task.Yield();
        Interlocked.Decrement(ref _inside);
    }

    public Task<int> GetMaxConcurrencyAsync() => Task.FromResult(_max);
}
