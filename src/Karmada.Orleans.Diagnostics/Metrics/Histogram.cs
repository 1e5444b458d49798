namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>A cumulative histogram that many threads record into without locks.</summary>
public sealed class Histogram
{
    private readonly double[] _bounds;
    private readonly long[] _counts;
    private double _sum;

    public Histogram(IReadOnlyList<double> bounds)
    {
        HistogramBounds.Validate(bounds);
        _bounds = [.. bounds];
        _counts = new long[_bounds.Length + 1];
    }

    public IReadOnlyList<double> Bounds => _bounds;

    public void Record(double value)
    {
        Interlocked.Increment(ref _counts[BucketOf(_bounds, value)]);
        double seen, sum;
        do
        {
            seen = Volatile.Read(ref _sum);
            sum = seen + value;
        }
        while (Interlocked.CompareExchange(ref _sum, sum, seen) != seen);
    }

    public HistogramSnapshot Snapshot()
    {
        var counts = new long[_counts.Length];
        for (var i = 0; i < counts.Length; i++)
        {
            counts[i] = Volatile.Read(ref _counts[i]);
        }

        return new HistogramSnapshot(_bounds, counts, Volatile.Read(ref _sum));
    }

    /// <summary>The bucket a value falls in: the first bound ≥ value (Prometheus' "le"), or the +Inf bucket.</summary>
    public static int BucketOf(double[] bounds, double value)
    {
        var index = Array.BinarySearch(bounds, value);
        return index >= 0 ? index : ~index;
    }
}
