namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>
/// Which grain activations receive the most calls, estimated by sampling one call in
/// <see cref="SampleEvery"/> per thread: per-grain counting on every call would cost a dictionary
/// update on the runtime's hottest path.
/// </summary>
public sealed class BusiestGrains(TimeProvider time, int capacity = 10)
{
    public const int SampleEvery = 128;
    private const int MaxTracked = 20_000;

    [ThreadStatic]
    private static int _sampleCounter;

    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, long> _samples = [];
    private DateTimeOffset _windowStart = time.GetUtcNow();
    private IReadOnlyList<BusyGrain> _top = [];

    public void Sample(GrainId grain)
    {
        if ((++_sampleCounter & (SampleEvery - 1)) != 0)
        {
            return;
        }

        lock (_lock)
        {
            if (_samples.Count >= MaxTracked && !_samples.ContainsKey(grain))
            {
                return;
            }

            _samples[grain] = _samples.GetValueOrDefault(grain) + 1;
        }
    }

    /// <summary>Ends the window: its busiest grains become <see cref="Top"/>.</summary>
    public void Rotate()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var seconds = Math.Max(0.001, (now - _windowStart).TotalSeconds);
            _top = _samples.OrderByDescending(kv => kv.Value).Take(capacity)
                .Select(kv => new BusyGrain(kv.Key.ToString(), kv.Value * SampleEvery / seconds)).ToList();
            _samples.Clear();
            _windowStart = now;
        }
    }

    public IReadOnlyList<BusyGrain> Top
    {
        get
        {
            lock (_lock)
            {
                return _top;
            }
        }
    }
}
