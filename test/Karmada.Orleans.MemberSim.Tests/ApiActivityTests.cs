using Karmada.Orleans.MemberSim.Simulation;
using Microsoft.Extensions.Time.Testing;

namespace Karmada.Orleans.MemberSim.Tests;

public sealed class ApiActivityTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan Max = TimeSpan.FromMilliseconds(100);

    [Fact]
    public void Controllers_act_at_once_when_the_api_has_been_quiet()
    {
        var time = new FakeTimeProvider();
        var activity = new ApiActivity(time);
        activity.Requested();
        time.Advance(Quiet);

        Assert.True(activity.QuietAsync(Quiet, Max, CancellationToken.None).IsCompleted);
        Assert.True(activity.QuietAsync(TimeSpan.Zero, Max, CancellationToken.None).IsCompleted);
    }

    [Fact]
    public void Controllers_wait_for_a_quiet_moment_after_a_request()
    {
        var time = new FakeTimeProvider();
        var activity = new ApiActivity(time);
        activity.Requested();

        var wait = activity.QuietAsync(Quiet, Max, CancellationToken.None);
        time.Advance(TimeSpan.FromMilliseconds(3));
        Assert.False(wait.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(2));
        Assert.True(wait.IsCompleted);
    }

    [Fact]
    public void Under_a_steady_stream_of_requests_controllers_wait_no_longer_than_the_maximum()
    {
        var time = new FakeTimeProvider();
        var activity = new ApiActivity(time);
        activity.Requested();

        var wait = activity.QuietAsync(Quiet, Max, CancellationToken.None);
        for (var elapsed = 0; elapsed < 96; elapsed += 4)
        {
            time.Advance(TimeSpan.FromMilliseconds(4));
            activity.Requested();
            Assert.False(wait.IsCompleted);
        }

        time.Advance(TimeSpan.FromMilliseconds(4));
        Assert.True(wait.IsCompleted);
    }
}
