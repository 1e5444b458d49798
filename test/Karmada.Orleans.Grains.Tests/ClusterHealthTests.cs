using Karmada.Orleans.Apis;
using Karmada.Orleans.Grains.Clusters;

namespace Karmada.Orleans.Grains.Tests;

public sealed class ClusterHealthTests
{
    private static readonly DateTimeOffset T0 = DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture);

    private static Condition Ready(string status, string reason = ClusterHealth.ReasonReady) =>
        new() { Type = ClusterConditions.Ready, Status = status, Reason = reason, Message = status == ConditionStatus.True ? ClusterHealth.MessageReady : "x", LastTransitionTime = T0 };

    [Theory]
    [InlineData(ProbeResult.Healthy, "True", "ClusterReady")]
    [InlineData(ProbeResult.Unhealthy, "False", "ClusterNotReady")]
    [InlineData(ProbeResult.Unreachable, "Unknown", "ClusterNotReachable")]
    public void A_first_probe_sets_the_condition_at_once(ProbeResult result, string status, string reason)
    {
        var next = new ClusterHealth(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30)).Next(null, result, T0);

        Assert.Equal((status, reason), (next.Status, next.Reason));
    }

    [Fact]
    public void A_ready_cluster_turns_unready_only_after_failing_for_the_failure_threshold()
    {
        var health = new ClusterHealth(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        var current = Ready(ConditionStatus.True);

        var after10 = health.Next(current, ProbeResult.Unreachable, T0.AddSeconds(10));
        var after25 = health.Next(after10, ProbeResult.Unreachable, T0.AddSeconds(25));
        var after40 = health.Next(after25, ProbeResult.Unreachable, T0.AddSeconds(40));

        Assert.Equal(ConditionStatus.True, after10.Status);
        Assert.Equal(ConditionStatus.True, after25.Status);
        Assert.Equal(ConditionStatus.Unknown, after40.Status);
        Assert.Equal(T0.AddSeconds(40), after40.LastTransitionTime);
    }

    [Fact]
    public void A_healthy_probe_in_between_restarts_the_failure_count()
    {
        var health = new ClusterHealth(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(30));
        var current = Ready(ConditionStatus.True);

        current = health.Next(current, ProbeResult.Unhealthy, T0);
        current = health.Next(current, ProbeResult.Healthy, T0.AddSeconds(20));
        current = health.Next(current, ProbeResult.Unhealthy, T0.AddSeconds(40));
        var still = health.Next(current, ProbeResult.Unhealthy, T0.AddSeconds(60));
        var now = health.Next(still, ProbeResult.Unhealthy, T0.AddSeconds(70));

        Assert.Equal(ConditionStatus.True, still.Status);
        Assert.Equal((ConditionStatus.False, ClusterHealth.ReasonNotReady), (now.Status, now.Reason));
    }

    [Fact]
    public void A_recovering_cluster_turns_ready_after_the_success_threshold()
    {
        var health = new ClusterHealth(TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));
        var current = Ready(ConditionStatus.Unknown, ClusterHealth.ReasonNotReachable);

        var early = health.Next(current, ProbeResult.Healthy, T0);
        var later = health.Next(early, ProbeResult.Healthy, T0.AddSeconds(5));

        Assert.Equal(ConditionStatus.Unknown, early.Status);
        Assert.Equal(ConditionStatus.True, later.Status);
    }

    [Theory]
    [InlineData("True", new string[0])]
    [InlineData("False", new[] { KarmadaTaints.NotReady })]
    [InlineData("Unknown", new[] { KarmadaTaints.Unreachable })]
    public void The_managed_taint_follows_readiness_and_other_taints_stay(string ready, string[] expected)
    {
        IReadOnlyList<Taint> existing =
        [
            new() { Key = "dedicated", Value = "gpu", Effect = TaintEffect.NoExecute },
            new() { Key = KarmadaTaints.Unreachable, Effect = TaintEffect.NoSchedule, TimeAdded = T0 },
        ];

        var taints = ClusterHealth.TaintsFor(ready, existing, T0.AddMinutes(1));

        Assert.Contains(taints, t => t.Key == "dedicated");
        Assert.Equal(expected, taints.Where(t => t.Key.StartsWith("cluster.karmada.io/", StringComparison.Ordinal)).Select(t => t.Key));
        if (ready == ConditionStatus.Unknown)
        {
            Assert.Equal(T0, taints.Single(t => t.Key == KarmadaTaints.Unreachable).TimeAdded);
        }
    }
}
