namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>
/// Which grain activations receive the most calls, estimated by sampling one call in
/// <see cref="SampleEvery"/> per thread: per-grain counting on every call would cost a dictionary
/// update on the runtime's hottest path. The rate adapts at each window so a quiet silo samples every
/// call and a busy one about <see cref="TargetSamples"/> per window.
/// </summary>
public sealed class BusiestGrains(TimeProvider time, int capacity = 10)
{
    public const int TargetSamples = 4096;
    public const int MaxSampleEvery = 1024;
    private const int MaxTracked = 20_000;

    [ThreadStatic]
    private static int _sampleCounter;

    private readonly Lock _lock = new();
    private readonly Dictionary<GrainId, long> _samples = [];
    private DateTimeOffset _windowStart = time.GetUtcNow();
    private IReadOnlyList<BusyGrain> _top = [];
    private long _sampled;
    private volatile int _sampleEvery = 1;

    /// <summary>One call in this many is sampled during the current window.</summary>
    public int SampleEvery => _sampleEvery;

    public void Sample(GrainId grain)
    {
        if (++_sampleCounter < _sampleEvery)
        {
            return;
        }

        _sampleCounter = 0;
        lock (_lock)
        {
            _sampled++;
            if (_samples.Count >= MaxTracked && !_samples.ContainsKey(grain))
            {
                return;
            }

            _samples[grain] = _samples.GetValueOrDefault(grain) + 1;
        }
    }

    /// <summary>Ends the window: its busiest grains become <see cref="Top"/>, and the sampling rate adapts.</summary>
    public void Rotate()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            var every = _sampleEvery;
            _top = Estimate(now);
            _sampleEvery = _sampled > 2 * TargetSamples ? Math.Min(MaxSampleEvery, every * 2)
                : _sampled < TargetSamples / 4 ? Math.Max(1, every / 2)
                : every;
            _samples.Clear();
            _sampled = 0;
            _windowStart = now;
        }
    }

    /// <summary>The last window's busiest grains; before the first window ends, the current one's so far.</summary>
    public IReadOnlyList<BusyGrain> Top
    {
        get
        {
            lock (_lock)
            {
                return _top.Count > 0 || _samples.Count == 0 ? _top : Estimate(time.GetUtcNow());
            }
        }
    }

    private List<BusyGrain> Estimate(DateTimeOffset now)
    {
        var seconds = Math.Max(0.001, (now - _windowStart).TotalSeconds);
        var every = _sampleEvery;
        return _samples.OrderByDescending(kv => kv.Value).Take(capacity).Select(kv => new BusyGrain(kv.Key.ToString(), kv.Value * every / seconds)).ToList();
    }
}
