using Karmada.Orleans.Grains.Clusters;

namespace Karmada.Orleans.Grains.Tests;

public sealed class StatusScheduleTests
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(10);

    [Fact]
    public void A_clusters_phase_lies_within_the_period_and_does_not_change()
    {
        foreach (var name in new[] { "member1", "member2", "a", "cluster-with-a-long-name-0099" })
        {
            var phase = StatusSchedule.Phase(name, Period);
            Assert.InRange(phase, TimeSpan.Zero, Period - TimeSpan.FromTicks(1));
            Assert.Equal(phase, StatusSchedule.Phase(name, Period));
        }
    }

    [Fact]
    public void Clusters_joined_together_are_spread_over_the_period()
    {
        var phases = Enumerable.Range(1, 100).Select(i => StatusSchedule.Phase($"member{i}", Period)).ToList();

        // Every second of the period holds some of the 100 clusters, none holds more than a quarter of them.
        var perSecond = phases.GroupBy(p => (int)p.TotalSeconds).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(10, perSecond.Count);
        Assert.All(perSecond.Values, count => Assert.InRange(count, 1, 25));
    }
}
