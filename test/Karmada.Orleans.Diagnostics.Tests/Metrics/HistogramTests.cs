using Karmada.Orleans.Diagnostics.Metrics;

namespace Karmada.Orleans.Diagnostics.Tests.Metrics;

public sealed class HistogramTests
{
    [Theory]
    [InlineData(0.05, 0)]
    [InlineData(0.1, 0)] // le is inclusive
    [InlineData(0.10001, 1)]
    [InlineData(1, 1)]
    [InlineData(7, 2)]
    public void Values_fall_in_the_first_bucket_whose_bound_is_not_below_them(double value, int bucket) =>
        Assert.Equal(bucket, Histogram.BucketOf([0.1, 1], value));

    [Fact]
    public async Task Concurrent_recordings_are_all_counted()
    {
        var histogram = new Histogram([0.001, 0.01]);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                histogram.Record(0.005);
            }
        })));

        var snapshot = histogram.Snapshot();
        Assert.Equal(40_000, snapshot.Count);
        Assert.Equal(40_000, snapshot.Counts[1]);
        Assert.Equal(200, snapshot.Sum, 6);
    }

    [Fact]
    public void Bounds_must_increase() => Assert.Throws<ArgumentException>(() => new Histogram([1, 1]));

    [Fact]
    public void Bound_helpers_make_readable_buckets()
    {
        Assert.Equal([0.001, 0.002, 0.004, 0.008], HistogramBounds.Exponential(0.001, 2, 4));
        Assert.Equal([0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1], HistogramBounds.Decades(0.01, 1));
        Assert.Equal(19, HistogramBounds.GrainCall.Length);
    }
}
