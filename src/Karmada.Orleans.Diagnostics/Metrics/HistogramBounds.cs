namespace Karmada.Orleans.Diagnostics.Metrics;

/// <summary>Upper bounds of histogram buckets, in seconds unless said otherwise.</summary>
public static class HistogramBounds
{
    /// <summary>The Prometheus client libraries' default buckets.</summary>
    public static readonly double[] Default = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    /// <summary>Grain calls: 10 µs to 10 s, three buckets per decade.</summary>
    public static readonly double[] GrainCall = Decades(0.00001, 10);

    /// <summary>start, start·factor, … (count bounds), like prometheus.ExponentialBuckets.</summary>
    public static double[] Exponential(double start, double factor, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(start);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(factor, 1);
        var bounds = new double[count];
        var bound = start;
        for (var i = 0; i < count; i++)
        {
            bounds[i] = Round(bound);
            bound *= factor;
        }

        return bounds;
    }

    /// <summary>1, 2.5, 5 × each power of ten from <paramref name="from"/> up to <paramref name="to"/>.</summary>
    public static double[] Decades(double from, double to)
    {
        var bounds = new List<double>();
        for (var decade = from; decade <= to * 1.0001; decade *= 10)
        {
            foreach (var step in new[] { 1, 2.5, 5 })
            {
                var bound = Round(decade * step);
                if (bound <= to * 1.0001)
                {
                    bounds.Add(bound);
                }
            }
        }

        return [.. bounds];
    }

    /// <summary>Bounds must be finite and strictly increasing.</summary>
    public static void Validate(IReadOnlyList<double> bounds)
    {
        for (var i = 0; i < bounds.Count; i++)
        {
            if (!double.IsFinite(bounds[i]) || (i > 0 && bounds[i] <= bounds[i - 1]))
            {
                throw new ArgumentException($"histogram bounds must be finite and strictly increasing (bound {i}: {bounds[i]})", nameof(bounds));
            }
        }
    }

    // Keeps 0.1·3 from printing as 0.30000000000000004 in the exposition.
    private static double Round(double value) => double.Parse(value.ToString("G12", System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);
}
