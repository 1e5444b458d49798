using System.Collections.Concurrent;

namespace Karmada.Orleans.Bench.Api;

/// <summary>Per-verb latencies of one run; percentiles by sorting (runs are small enough).</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> _samples = new();
    private readonly ConcurrentDictionary<string, double> _seconds = new();

    public void Add(string verb, double milliseconds) => _samples.GetOrAdd(verb, _ => []).Add(milliseconds);

    public void SetDuration(string verb, TimeSpan elapsed) => _seconds[verb] = elapsed.TotalSeconds;

    public IEnumerable<string> Verbs => _seconds.Keys;

    public (int Count, double PerSecond, double P50, double P90, double P99) Summary(string verb)
    {
        var sorted = (_samples.GetValueOrDefault(verb) ?? []).OrderBy(x => x).ToArray();
        double At(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var seconds = _seconds.GetValueOrDefault(verb);
        return (sorted.Length, seconds > 0 ? sorted.Length / seconds : 0, At(0.5), At(0.9), At(0.99));
    }
}
