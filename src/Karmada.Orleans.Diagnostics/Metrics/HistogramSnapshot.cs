namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>
/// A histogram at one moment: per-bucket (not cumulative) counts, the last bucket being +Inf, and the
/// sum of observed values. Snapshots subtract (a window between two moments) and add (several series).
/// </summary>
public sealed class HistogramSnapshot
{
    public HistogramSnapshot(IReadOnlyList<double> bounds, long[] counts, double sum)
    {
        if (counts.Length != bounds.Count + 1)
        {
            throw new ArgumentException($"{bounds.Count} bounds need {bounds.Count + 1} counts, not {counts.Length}", nameof(counts));
        }

        Bounds = bounds;
        Counts = counts;
        Sum = sum;
        Count = counts.Sum();
    }

    public IReadOnlyList<double> Bounds { get; }

    /// <summary>Observations per bucket; Counts[i] fell in (Bounds[i-1], Bounds[i]], the last one above every bound.</summary>
    public IReadOnlyList<long> Counts { get; }

    public double Sum { get; }

    public long Count { get; }

    public double Mean => Count == 0 ? double.NaN : Sum / Count;

    public static HistogramSnapshot Empty(IReadOnlyList<double> bounds) => new(bounds, new long[bounds.Count + 1], 0);

    /// <summary>
    /// The q-quantile (0 ≤ q ≤ 1) estimated as Prometheus' histogram_quantile does: linear within the
    /// bucket it falls in, the first bucket starting at 0, and the +Inf bucket answered with the highest bound.
    /// NaN when there are no observations.
    /// </summary>
    public double Quantile(double q)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(q, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(q, 1);
        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = q * Count;
        long below = 0;
        for (var i = 0; i < Counts.Count; i++)
        {
            var inBucket = Counts[i];
            if (inBucket > 0 && below + inBucket >= rank)
            {
                if (i == Bounds.Count)
                {
                    return Bounds.Count == 0 ? double.NaN : Bounds[^1];
                }

                var lower = i == 0 ? Math.Min(0, Bounds[0]) : Bounds[i - 1];
                var upper = Bounds[i];
                return lower + ((upper - lower) * Math.Max(0, rank - below) / inBucket);
            }

            below += inBucket;
        }

        return Bounds.Count == 0 ? double.NaN : Bounds[^1];
    }

    /// <summary>What was observed since <paramref name="earlier"/> (a snapshot of the same histogram).</summary>
    public HistogramSnapshot Minus(HistogramSnapshot earlier)
    {
        RequireSameBounds(earlier);
        var counts = new long[Counts.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Math.Max(0, Counts[i] - earlier.Counts[i]);
        }

        return new HistogramSnapshot(Bounds, counts, Math.Max(0, Sum - earlier.Sum));
    }

    /// <summary>Both histograms together (same bounds).</summary>
    public HistogramSnapshot Plus(HistogramSnapshot other)
    {
        RequireSameBounds(other);
        var counts = new long[Counts.Count];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Counts[i] + other.Counts[i];
        }

        return new HistogramSnapshot(Bounds, counts, Sum + other.Sum);
    }

    private void RequireSameBounds(HistogramSnapshot other)
    {
        if (!ReferenceEquals(Bounds, other.Bounds) && !Bounds.SequenceEqual(other.Bounds))
        {
            throw new ArgumentException("the histograms have different bucket bounds", nameof(other));
        }
    }
}
