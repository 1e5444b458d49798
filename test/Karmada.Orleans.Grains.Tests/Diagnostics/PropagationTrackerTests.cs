using Karmada.Orleans.Grains.Diagnostics;

namespace Karmada.Orleans.Grains.Tests.Diagnostics;

public sealed class PropagationTrackerTests
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = new(2025, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => Now;
    }

    [Fact]
    public void Each_cluster_reports_the_latency_of_a_template_change_once()
    {
        var clock = new ManualClock();
        var tracker = new PropagationTracker(clock);
        tracker.TemplateChanged("uid-1");
        clock.Now += TimeSpan.FromMilliseconds(700);

        Assert.Equal(TimeSpan.FromMilliseconds(700), tracker.Applied("uid-1", "member1"));
        Assert.Null(tracker.Applied("uid-1", "member1")); // a later re-apply is not a new distribution
        clock.Now += TimeSpan.FromMilliseconds(300);
        Assert.Equal(TimeSpan.FromSeconds(1), tracker.Applied("uid-1", "member2"));

        tracker.TemplateChanged("uid-1"); // the next change starts over for every cluster
        clock.Now += TimeSpan.FromMilliseconds(50);
        Assert.Equal(TimeSpan.FromMilliseconds(50), tracker.Applied("uid-1", "member1"));
    }

    [Fact]
    public void Works_of_untracked_templates_record_nothing()
    {
        var tracker = new PropagationTracker(new ManualClock());
        Assert.Null(tracker.Applied("unknown", "member1"));
        Assert.Null(tracker.Applied(null, "member1"));
        tracker.TemplateChanged(null);
    }
}
