namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>
/// Which grain activations receive the most calls, estimated by sampling one call in
/// <see cref="SampleEvery"/> per thread: per-grain counting on every call would cost a lock and a
/// dictionary update on the runtime's hottest path. A quiet silo samples every call; whenever a window
/// gathers 2 × <see cref="TargetSamples"/> samples the rate halves at once (each sample then counts for
/// more calls), and a quiet window lets it rise again.
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
    private long _windowSamples;
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
            var every = _sampleEvery;
            _windowSamples++;
            if (++_sampled > 2 * TargetSamples && every < MaxSampleEvery)
            {
                _sampleEvery = every * 2;
                _sampled = 0;
            }

            if (_samples.Count >= MaxTracked && !_samples.ContainsKey(grain))
            {
                return;
            }

            // Each sample stands for the calls it was chosen among.
            _samples[grain] = _samples.GetValueOrDefault(grain) + every;
        }
    }

    /// <summary>Ends the window: its busiest grains become <see cref="Top"/>, and the sampling rate adapts.</summary>
    public void Rotate()
    {
        lock (_lock)
        {
            var now = time.GetUtcNow();
            _top = Estimate(now);
            if (_windowSamples < TargetSamples / 4)
            {
                _sampleEvery = Math.Max(1, _sampleEvery / 2);
            }

            _samples.Clear();
            _sampled = 0;
            _windowSamples = 0;
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
        return _samples.OrderByDescending(kv => kv.Value).Take(capacity).Select(kv => new BusyGrain(kv.Key.ToString(), kv.Value / seconds)).ToList();
    }
}
