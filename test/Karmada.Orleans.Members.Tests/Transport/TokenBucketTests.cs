using Karmada.Orleans.Members.Tests.Infrastructure;
using Karmada.Orleans.Members.Transport;

namespace Karmada.Orleans.Members.Tests.Transport;

public sealed class TokenBucketTests
{
    [Fact]
    public void Burst_is_free_then_requests_are_spaced_at_qps()
    {
        var clock = new ManualTimeProvider();
        var bucket = new TokenBucket(qps: 10, burst: 3, clock);

        var waits = Enumerable.Range(0, 6).Select(_ => bucket.Reserve().TotalMilliseconds).ToList();

        Assert.Equal([0, 0, 0, 100, 200, 300], waits.Select(w => Math.Round(w)));
    }

    [Fact]
    public void Tokens_refill_over_time_up_to_burst()
    {
        var clock = new ManualTimeProvider();
        var bucket = new TokenBucket(qps: 40, burst: 60, clock);
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        }

        Assert.Equal(25, bucket.Reserve().TotalMilliseconds, precision: 3);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(TimeSpan.Zero, bucket.Reserve());

        clock.Advance(TimeSpan.FromHours(1));
        for (var i = 0; i < 60; i++)
        {
            Assert.Equal(TimeSpan.Zero, bucket.Reserve());
        }

        Assert.True(bucket.Reserve() > TimeSpan.Zero);
    }

    [Fact]
    public async Task Acquire_waits_for_the_clock()
    {
        var clock = new ManualTimeProvider();
        var bucket = new TokenBucket(qps: 2, burst: 1, clock);
        await bucket.AcquireAsync(CancellationToken.None);

        var second = bucket.AcquireAsync(CancellationToken.None).AsTask();

        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.False(second.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_cancelled_wait_returns_its_token()
    {
        var clock = new ManualTimeProvider();
        var bucket = new TokenBucket(qps: 1, burst: 1, clock);
        await bucket.AcquireAsync(CancellationToken.None);
        using var cancel = new CancellationTokenSource();

        var waiting = bucket.AcquireAsync(cancel.Token).AsTask();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.Equal(1000, bucket.Reserve().TotalMilliseconds, precision: 3);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Zero_or_negative_qps_means_unlimited(double qps)
    {
        var bucket = new TokenBucket(qps, burst: 0);

        Assert.True(bucket.Unlimited);
        Assert.All(Enumerable.Range(0, 1000), _ => Assert.Equal(TimeSpan.Zero, bucket.Reserve()));
    }

    [Fact]
    public void Burst_must_be_positive_when_limited() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TokenBucket(5, 0));
}
