using System.Diagnostics;
using Karmada.Orleans.Diagnostics.GrainCalls;

namespace Karmada.Orleans.Diagnostics.Tests.GrainCalls;

public sealed class GrainMethodStatsTests
{
    [Fact]
    public async Task Striped_counters_add_up_to_exact_totals()
    {
        var stats = new GrainMethodStats("ping", "PingAsync");
        var fiveMs = Stopwatch.Frequency / 200;
        await Task.WhenAll(Enumerable.Range(0, 4).Select(t => Task.Run(() =>
        {
            for (var i = 0; i < 25_000; i++)
            {
                stats.Record(fiveMs, failed: i % 100 == 0);
            }
        })));

        var snapshot = stats.Snapshot();
        Assert.Equal(100_000, snapshot.Calls);
        Assert.Equal(1_000, snapshot.Exceptions);
        Assert.Equal(500, snapshot.Latency.Sum, 3);
        Assert.Equal(0.005, snapshot.Latency.Mean, 6);
        Assert.InRange(snapshot.Latency.Quantile(0.99), 0.0025, 0.005);
    }

    [Fact]
    public void Windows_of_snapshots_subtract()
    {
        var stats = new GrainMethodStats("ping", "PingAsync");
        stats.Record(10, failed: false);
        var earlier = stats.Snapshot();
        stats.Record(10, failed: true);
        var window = stats.Snapshot().Minus(earlier);
        Assert.Equal(1, window.Calls);
        Assert.Equal(1, window.Exceptions);
    }
}
