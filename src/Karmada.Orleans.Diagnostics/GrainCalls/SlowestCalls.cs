using System.Diagnostics;

namespace Karmada.Orleans.Diagnostics.GrainCalls;

/// <summary>
/// The slowest grains of the current and the previous window (one entry per grain, its slowest call).
/// A call takes the lock only when it beats the slowest list's last entry, so fast calls cost one comparison.
/// </summary>
public sealed class SlowestCalls(TimeProvider time, int capacity = 10)
{
    /// <summary>Calls faster than this never enter the list.</summary>
    public static readonly long MinimumTicks = Stopwatch.Frequency / 1000;

    private readonly Lock _lock = new();
    private List<(GrainId Grain, GrainMethodStats Method, long Ticks, DateTimeOffset At)> _current = [];
    private List<(GrainId Grain, GrainMethodStats Method, long Ticks, DateTimeOffset At)> _previous = [];
    private long _admission = MinimumTicks;

    public void Offer(GrainId grain, GrainMethodStats method, long elapsedTicks)
    {
        if (elapsedTicks <= Volatile.Read(ref _admission))
        {
            return;
        }

        lock (_lock)
        {
            var existing = _current.FindIndex(c => c.Grain == grain);
            if (existing >= 0)
            {
                if (_current[existing].Ticks >= elapsedTicks)
                {
                    return;
                }

                _current.RemoveAt(existing);
            }

            var at = _current.FindIndex(c => c.Ticks < elapsedTicks);
            _current.Insert(at < 0 ? _current.Count : at, (grain, method, elapsedTicks, time.GetUtcNow()));
            if (_current.Count > capacity)
            {
                _current.RemoveAt(_current.Count - 1);
            }

            if (_current.Count == capacity)
            {
                Volatile.Write(ref _admission, Math.Max(MinimumTicks, _current[^1].Ticks));
            }
        }
    }

    /// <summary>Starts a new window; the one that ends stays visible until the next rotation.</summary>
    public void Rotate()
    {
        lock (_lock)
        {
            _previous = _current;
            _current = [];
            Volatile.Write(ref _admission, MinimumTicks);
        }
    }

    public IReadOnlyList<SlowCall> Top()
    {
        lock (_lock)
        {
            return _current.Concat(_previous)
                .GroupBy(c => c.Grain)
                .Select(g => g.MaxBy(c => c.Ticks))
                .OrderByDescending(c => c.Ticks)
                .Take(capacity)
                .Select(c => new SlowCall(c.Grain.ToString(), c.Method.GrainType, c.Method.Method, (double)c.Ticks / Stopwatch.Frequency, c.At))
                .ToList();
        }
    }
}
