using static Karmada.Orleans.Scheduling.Tests.Fixtures;

namespace Karmada.Orleans.Scheduling.Tests;

public sealed class AssignmentTests
{
    private static readonly DateTimeOffset T0 = Now;
    private static readonly DateTimeOffset T1 = Now.AddMinutes(1);

    [Fact]
    public void Duplicated_gives_every_cluster_all_replicas()
    {
        Assert.Equal("m1:3,m2:3,m3:3", Show(Schedule(Spec(Duplicated(), replicas: 3), Cluster("m1"), Cluster("m2"), Cluster("m3"))));
    }

    [Fact]
    public void A_placement_without_replicaScheduling_is_duplicated()
    {
        Assert.Equal("m1:2,m2:2", Show(Schedule(Spec(new Placement(), replicas: 2), Cluster("m1"), Cluster("m2"))));
    }

    [Fact]
    public void Non_workloads_go_to_every_cluster_without_replicas()
    {
        var outcome = Schedule(Spec(StaticWeights(("m1", 1)), replicas: 0, cpuPerReplica: null), Cluster("m1"), Cluster("m2"));

        Assert.Equal(["m1", "m2"], outcome.Clusters!.Select(c => c.Name));
        Assert.All(outcome.Clusters!, c => Assert.Equal(0, c.Replicas));
    }

    [Fact]
    public void Multi_component_workloads_are_not_divided()
    {
        var spec = Spec(Aggregated(), replicas: 4) with
        {
            Components = [new Component { Name = "jobmanager", Replicas = 1 }, new Component { Name = "taskmanager", Replicas = 3 }],
        };

        Assert.Equal("m1:0,m2:0", Show(Schedule(spec, Cluster("m1"), Cluster("m2"))));
    }

    [Theory]
    [InlineData(9, 1, 2, "m1:3,m2:6")]
    [InlineData(9, 1, 3, "m1:2,m2:7")]
    [InlineData(2, 1, 1, "m1:1,m2:1")]
    [InlineData(1, 1, 1, "m1:1")]
    [InlineData(10, 3, 1, "m1:7,m2:3")]
    public void Static_weights_divide_by_Webster(int replicas, long w1, long w2, string expected)
    {
        Assert.Equal(expected, Show(Schedule(Spec(StaticWeights(("m1", w1), ("m2", w2)), replicas), Cluster("m1"), Cluster("m2"))));
    }

    [Theory]
    [InlineData(EvenUid, "a:2,b:1,c:1")]
    [InlineData(OddUid, "a:1,b:1,c:2")]
    public void Equal_weights_break_ties_by_the_resource_uid_parity(string uid, string expected)
    {
        var placement = new Placement { ReplicaScheduling = new ReplicaSchedulingStrategy { ReplicaSchedulingType = "Divided", ReplicaDivisionPreference = "Weighted" } };

        Assert.Equal(expected, Show(Schedule(Spec(placement, replicas: 4, uid: uid), Cluster("a"), Cluster("b"), Cluster("c"))));
    }

    [Fact]
    public void Static_weight_is_the_largest_matching_rule_and_unmatched_clusters_get_nothing()
    {
        var placement = StaticWeights(("m1", 3)) with
        {
            ReplicaScheduling = StaticWeights(("m1", 3)).ReplicaScheduling! with
            {
                WeightPreference = new ClusterPreferences
                {
                    StaticWeightList =
                    [
                        new StaticClusterWeight { TargetCluster = new ClusterAffinity { LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["env"] = "prod" } } }, Weight = 1 },
                        new StaticClusterWeight { TargetCluster = Names("m1"), Weight = 3 },
                    ],
                },
            },
        };
        var prod = new Dictionary<string, string> { ["env"] = "prod" };

        Assert.Equal("m1:3,m2:1", Show(Schedule(Spec(placement, replicas: 4), Cluster("m1", labels: prod), Cluster("m2", labels: prod), Cluster("m3"))));
    }

    [Fact]
    public void Static_weights_fall_back_to_equal_when_no_candidate_is_weighted()
    {
        Assert.Equal("m1:1,m2:1", Show(Schedule(Spec(StaticWeights(("m9", 5)), replicas: 2), Cluster("m1"), Cluster("m2"))));
    }

    [Fact]
    public void Static_weights_ignore_the_previous_result()
    {
        var spec = Spec(StaticWeights(("m1", 1), ("m2", 1)), replicas: 4, clusters: Targets(("m1", 4)));

        Assert.Equal("m1:2,m2:2", Show(Schedule(spec, Cluster("m1"), Cluster("m2"))));
    }

    [Fact]
    public void Dynamic_weight_divides_by_available_replicas()
    {
        Assert.Equal("a:4,b:2", Show(Schedule(Spec(DynamicWeight(), replicas: 6), Cluster("a", cpu: 6), Cluster("b", cpu: 3))));
    }

    [Theory]
    [InlineData(EvenUid, "a:6,b:3")]
    [InlineData(OddUid, "a:5,b:4")]
    public void Dynamic_scale_up_keeps_the_previous_result_and_adds_by_allocatable(string uid, string expected)
    {
        var spec = Spec(DynamicWeight(), replicas: 9, clusters: Targets(("a", 4), ("b", 2)), uid: uid);

        Assert.Equal(expected, Show(Schedule(spec, Cluster("a", cpu: 3), Cluster("b", cpu: 3))));
    }

    [Fact]
    public void Dynamic_scale_down_shrinks_proportionally_to_the_previous_result()
    {
        var spec = Spec(DynamicWeight(), replicas: 3, clusters: Targets(("a", 6), ("b", 3)));

        Assert.Equal("a:2,b:1", Show(Schedule(spec, Cluster("a", cpu: 1), Cluster("b", cpu: 100))));
    }

    [Fact]
    public void Dynamic_keeps_an_unchanged_total()
    {
        var spec = Spec(DynamicWeight(), replicas: 9, clusters: Targets(("a", 5), ("b", 4)));

        Assert.Equal("a:5,b:4", Show(Schedule(spec, Cluster("a", cpu: 0), Cluster("b", cpu: 100))));
    }

    [Fact]
    public void Dynamic_moves_replicas_of_clusters_that_are_no_longer_candidates()
    {
        var spec = Spec(DynamicWeight(), replicas: 6, clusters: Targets(("a", 3), ("gone", 3)));

        Assert.Equal("a:5,b:1", Show(Schedule(spec, Cluster("a", cpu: 4), Cluster("b", cpu: 2))));
    }

    [Fact]
    public void Not_enough_capacity_is_unschedulable_and_keeps_the_previous_result()
    {
        var outcome = Schedule(Spec(DynamicWeight(), replicas: 10, clusters: Targets(("a", 1))), Cluster("a", cpu: 3), Cluster("b", cpu: 4));

        Assert.Equal(SchedulingErrorKind.Unschedulable, outcome.Error!.Kind);
        Assert.Equal("failed to assign replicas: failed to scale up: Clusters available replicas 7 are not enough to schedule.", outcome.Error.Message);
        Assert.Equal("Unschedulable", outcome.Error.ConditionReason);
        Assert.Null(outcome.Clusters);
    }

    [Fact]
    public void Fresh_reschedule_divides_everything_by_allocatable_plus_assigned()
    {
        var status = new ResourceBindingStatus { LastScheduledTime = T0 };
        var fresh = Spec(DynamicWeight(), replicas: 6, clusters: Targets(("a", 1), ("b", 5)), rescheduleTriggeredAt: T1);
        var stale = fresh with { RescheduleTriggeredAt = T0 };

        Assert.Equal("a:4,b:2", Show(Schedule(fresh, status, Cluster("a", cpu: 9), Cluster("b", cpu: 1))));
        Assert.Equal("a:1,b:5", Show(Schedule(stale, status, Cluster("a", cpu: 9), Cluster("b", cpu: 1))));
        Assert.Equal("a:1,b:5", Show(Schedule(fresh, new ResourceBindingStatus(), Cluster("a", cpu: 9), Cluster("b", cpu: 1))));
    }

    [Fact]
    public void Fresh_failure_says_so()
    {
        var status = new ResourceBindingStatus { LastScheduledTime = T0 };
        var spec = Spec(DynamicWeight(), replicas: 9, clusters: Targets(("a", 1)), rescheduleTriggeredAt: T1);

        Assert.Equal(
            "error: failed to assign replicas: failed to do fresh scale: Clusters available replicas 3 are not enough to schedule.",
            Show(Schedule(spec, status, Cluster("a", cpu: 2))));
    }

    [Theory]
    [InlineData(12, "a:7,b:5")]
    [InlineData(5, "a:5")]
    [InlineData(10, "a:10")]
    [InlineData(21, "a:10,b:8,c:3")]
    public void Aggregated_uses_as_few_clusters_as_capacity_allows(int replicas, string expected)
    {
        Assert.Equal(expected, Show(Schedule(Spec(Aggregated(), replicas), Cluster("a", cpu: 10), Cluster("b", cpu: 8), Cluster("c", cpu: 3))));
    }

    [Fact]
    public void Aggregated_scale_up_prefers_clusters_already_used()
    {
        var spec = Spec(Aggregated(), replicas: 4, clusters: Targets(("c", 2)));

        Assert.Equal("c:4", Show(Schedule(spec, Cluster("a", cpu: 10), Cluster("b", cpu: 8), Cluster("c", cpu: 3))));
    }

    [Fact]
    public void Aggregated_scale_down_keeps_the_biggest_previous_clusters()
    {
        var spec = Spec(Aggregated(), replicas: 4, clusters: Targets(("a", 5), ("b", 3)));

        Assert.Equal("a:4", Show(Schedule(spec, Cluster("a"), Cluster("b"))));
    }

    [Fact]
    public void Empty_workload_propagation_keeps_selected_clusters_with_zero_replicas()
    {
        var scheduler = new KarmadaScheduler(new SchedulerOptions { EnableEmptyWorkloadPropagation = true });

        var outcome = scheduler.Schedule(Spec(Aggregated(), replicas: 2), null, [Cluster("a", cpu: 10), Cluster("b", cpu: 8)]);

        Assert.Equal("a:2,b:0", Show(outcome));
    }
}
