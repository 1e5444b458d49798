using System.Diagnostics;
using Karmada.Orleans.Diagnostics.GrainCalls;
using Microsoft.Extensions.Time.Testing;

namespace Karmada.Orleans.Diagnostics.Tests.GrainCalls;

public sealed class HotspotTests
{
    private static readonly GrainMethodStats Method = new("work", "ReconcileAsync");

    [Fact]
    public void Slowest_calls_keep_one_entry_per_grain_ordered_by_duration()
    {
        var slowest = new SlowestCalls(new FakeTimeProvider(), capacity: 2);
        var ms = Stopwatch.Frequency / 1000;
        slowest.Offer(new GrainId("work", "a"), Method, 5 * ms);
        slowest.Offer(new GrainId("work", "a"), Method, 9 * ms);
        slowest.Offer(new GrainId("work", "b"), Method, 7 * ms);
        slowest.Offer(new GrainId("work", "c"), Method, 6 * ms); // not slower than the 2nd
        slowest.Offer(new GrainId("work", "d"), Method, ms / 2); // below the minimum

        Assert.Equal(["work/a", "work/b"], slowest.Top().Select(c => c.Grain));
        Assert.Equal(0.009, slowest.Top()[0].Seconds, 6);

        slowest.Rotate();
        slowest.Offer(new GrainId("work", "e"), Method, 2 * ms);
        Assert.Equal(["work/a", "work/b"], slowest.Top().Select(c => c.Grain)); // the previous window still counts
        slowest.Rotate();
        Assert.Equal(["work/e"], slowest.Top().Select(c => c.Grain));
    }

    [Fact]
    public void Busiest_grains_are_counted_exactly_while_quiet_and_sampled_when_busy()
    {
        var time = new FakeTimeProvider();
        var busiest = new BusiestGrains(time);
        for (var i = 0; i < 100; i++)
        {
            busiest.Sample(new GrainId("ping", i % 4 == 0 ? "cold" : "hot"));
        }

        time.Advance(TimeSpan.FromSeconds(10));
        busiest.Rotate();
        Assert.Equal(["ping/hot", "ping/cold"], busiest.Top.Select(g => g.Grain));
        Assert.Equal(7.5, busiest.Top[0].CallsPerSecond, 6);
        Assert.Equal(1, busiest.SampleEvery);

        // A busy window samples less as it goes, and the estimate still adds up.
        var calls = BusiestGrains.TargetSamples * 8;
        for (var i = 0; i < calls; i++)
        {
            busiest.Sample(new GrainId("ping", "hot"));
        }

        Assert.True(busiest.SampleEvery > 1);
        time.Advance(TimeSpan.FromSeconds(10));
        busiest.Rotate();
        Assert.InRange(busiest.Top[0].CallsPerSecond, (calls / 10.0) * 0.9, (calls / 10.0) * 1.1);
    }
}
