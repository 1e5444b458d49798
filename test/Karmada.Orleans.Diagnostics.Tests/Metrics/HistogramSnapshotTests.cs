using Karmada.Orleans.Diagnostics.Metrics;

namespace Karmada.Orleans.Diagnostics.Tests.Metrics;

public sealed class HistogramSnapshotTests
{
    private static readonly double[] Bounds = [0.1, 0.2, 0.4, 0.8];

    [Theory]
    [InlineData(0.5, 0.15)] // rank 50 of 100: halfway through the (0.1, 0.2] bucket
    [InlineData(0.25, 0.1)] // exactly the end of the first bucket
    [InlineData(0.1, 0.04)] // first bucket interpolates from 0
    [InlineData(0.9, 0.4)]
    [InlineData(0.99, 0.8)] // in +Inf: the highest bound, like histogram_quantile
    public void Quantiles_interpolate_within_buckets_like_histogram_quantile(double q, double expected)
    {
        var snapshot = new HistogramSnapshot(Bounds, [25, 50, 15, 5, 5], 30);
        Assert.Equal(expected, snapshot.Quantile(q), 6);
    }

    [Fact]
    public void Empty_histograms_have_no_quantile_or_mean()
    {
        var empty = HistogramSnapshot.Empty(Bounds);
        Assert.True(double.IsNaN(empty.Quantile(0.99)));
        Assert.True(double.IsNaN(empty.Mean));
        Assert.Equal(0, empty.Count);
    }

    [Fact]
    public void Windows_subtract_and_series_add()
    {
        var earlier = new HistogramSnapshot(Bounds, [1, 2, 0, 0, 0], 0.5);
        var later = new HistogramSnapshot(Bounds, [1, 6, 1, 0, 0], 1.5);

        var window = later.Minus(earlier);
        Assert.Equal([0L, 4, 1, 0, 0], window.Counts);
        Assert.Equal(5, window.Count);
        Assert.Equal(0.2, window.Mean, 6);
        Assert.Equal(11, later.Plus(earlier).Count);
        Assert.Throws<ArgumentException>(() => later.Minus(HistogramSnapshot.Empty([1.0])));
    }

    [Fact]
    public void Counts_must_match_the_bounds() =>
        Assert.Throws<ArgumentException>(() => new HistogramSnapshot(Bounds, [1, 2], 0));
}
