using Karmada.Orleans.Members.Watch;

namespace Karmada.Orleans.Members.Tests.Watch;

public sealed class BackoffTests
{
    [Theory]
    [InlineData(0, 0.0, 0)]
    [InlineData(1, 0.0, 800)]
    [InlineData(2, 0.0, 1600)]
    [InlineData(3, 0.0, 3200)]
    [InlineData(6, 0.0, 25600)]
    [InlineData(7, 0.0, 30000)]
    [InlineData(1000, 0.0, 30000)]
    [InlineData(1, 0.5, 1200)]
    [InlineData(1, 0.999, 1599.2)]
    [InlineData(7, 0.5, 45000)]
    public void Default_doubles_from_800ms_to_30s_with_up_to_100_percent_jitter(int failures, double random, double expectedMs) =>
        Assert.Equal(expectedMs, Backoff.Default.Delay(failures, random).TotalMilliseconds, precision: 3);

    [Theory]
    [InlineData(1, 0.7, 100)]
    [InlineData(3, 0.7, 400)]
    [InlineData(5, 0.7, 1000)]
    public void Without_jitter_the_delay_is_exactly_exponential_and_capped(int failures, double random, double expectedMs)
    {
        var backoff = new Backoff(TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1), Factor: 2, Jitter: 0);

        Assert.Equal(expectedMs, backoff.Delay(failures, random).TotalMilliseconds, precision: 3);
    }

    [Fact]
    public void Jitter_spreads_delays_within_bounds()
    {
        var random = new Random(7);
        var delays = Enumerable.Range(0, 200).Select(_ => Backoff.Default.Delay(3, random.NextDouble())).ToList();

        Assert.All(delays, d => Assert.InRange(d.TotalMilliseconds, 3200, 6400));
        Assert.True(delays.Distinct().Count() > 150, "jittered delays should differ");
    }
}
