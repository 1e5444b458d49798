using static Karmada.Orleans.Scheduling.Tests.Fixtures;

namespace Karmada.Orleans.Scheduling.Tests;

public sealed class ClusterAffinitiesTests
{
    private static readonly Cluster[] Clusters = [Cluster("a", cpu: 3), Cluster("b", cpu: 10), Cluster("c", cpu: 10)];

    private static Placement Groups(ReplicaSchedulingStrategy? strategy, params ClusterAffinityTerm[] terms)
        => new() { ClusterAffinities = terms, ReplicaScheduling = strategy };

    private static ClusterAffinityTerm Term(string name, params string[] clusters) => new() { AffinityName = name, ClusterNames = clusters };

    [Fact]
    public void Terms_are_tried_in_order_and_the_first_success_is_observed()
    {
        var spec = Spec(Groups(Duplicated().ReplicaScheduling, Term("primary", "x"), Term("backup", "b")), replicas: 2);

        var outcome = Schedule(spec, Clusters);

        Assert.Equal("b:2", Show(outcome));
        Assert.Equal("backup", outcome.ObservedAffinityName);
    }

    [Fact]
    public void Scheduling_resumes_at_the_observed_term()
    {
        var spec = Spec(Groups(Duplicated().ReplicaScheduling, Term("primary", "a"), Term("backup", "b")), replicas: 2);

        var outcome = Schedule(spec, new ResourceBindingStatus { SchedulerObservedAffinityName = "backup" }, Clusters);

        Assert.Equal("b:2", Show(outcome));
        Assert.Equal("backup", outcome.ObservedAffinityName);
    }

    [Fact]
    public void A_fresh_reschedule_starts_again_at_the_first_term()
    {
        var spec = Spec(Groups(Duplicated().ReplicaScheduling, Term("primary", "a"), Term("backup", "b")), replicas: 2, rescheduleTriggeredAt: Now.AddMinutes(1));
        var status = new ResourceBindingStatus { SchedulerObservedAffinityName = "backup", LastScheduledTime = Now };

        var outcome = Schedule(spec, status, Clusters);

        Assert.Equal("a:2", Show(outcome));
        Assert.Equal("primary", outcome.ObservedAffinityName);
    }

    [Fact]
    public void When_every_term_fails_the_first_error_is_reported_and_the_observed_term_kept()
    {
        var spec = Spec(Groups(Duplicated().ReplicaScheduling, Term("primary", "x"), Term("backup", "y")), replicas: 2);

        var outcome = Schedule(spec, new ResourceBindingStatus { SchedulerObservedAffinityName = "primary" }, Clusters);

        Assert.Equal("0/3 clusters are available: 3 cluster(s) did not match the placement cluster affinity constraint.", outcome.Error!.Message);
        Assert.Equal("primary", outcome.ObservedAffinityName);
        Assert.Empty(outcome.Clusters!);
    }

    [Fact]
    public void A_capacity_failure_of_the_first_term_moves_to_the_next()
    {
        var spec = Spec(Groups(Aggregated().ReplicaScheduling, Term("small", "a"), Term("big", "b", "c")), replicas: 5);

        var outcome = Schedule(spec, Clusters);

        Assert.Equal("b:5", Show(outcome));
        Assert.Equal("big", outcome.ObservedAffinityName);
    }

    [Fact]
    public void A_non_fit_error_leaves_the_previous_result_alone()
    {
        var spec = Spec(Groups(Aggregated().ReplicaScheduling, Term("small", "a")), replicas: 5, clusters: Targets(("a", 1)));

        var outcome = Schedule(spec, Clusters);

        Assert.Equal("failed to assign replicas: failed to scale up: Clusters available replicas 3 are not enough to schedule.", outcome.Error!.Message);
        Assert.Null(outcome.Clusters);
    }

    [Theory]
    [InlineData(5, "a:3,b:2")]
    [InlineData(3, "a:3")]
    [InlineData(13, "a:3,b:10")]
    public void Overflow_affinities_take_what_the_primary_tier_cannot(int replicas, string expected)
    {
        var term = new ClusterAffinityTerm { AffinityName = "primary", ClusterNames = ["a"], OverflowAffinities = [new OverflowAffinityTerm { AffinityName = "burst", ClusterNames = ["b"] }] };
        var spec = Spec(Groups(DynamicWeight().ReplicaScheduling, term), replicas);

        var outcome = Schedule(spec, Clusters);

        Assert.Equal(expected, Show(outcome));
        Assert.Equal("primary", outcome.ObservedAffinityName);
    }

    [Fact]
    public void Overflow_tiers_are_filled_in_order()
    {
        var term = new ClusterAffinityTerm
        {
            AffinityName = "primary",
            ClusterNames = ["a"],
            OverflowAffinities = [new OverflowAffinityTerm { AffinityName = "first", ClusterNames = ["c"] }, new OverflowAffinityTerm { AffinityName = "second", ClusterNames = ["b"] }],
        };

        Assert.Equal("a:3,c:10,b:1", ShowInOrder(Schedule(Spec(Groups(Aggregated().ReplicaScheduling, term), 14), Clusters)));
    }

    [Fact]
    public void Overflow_beyond_every_tier_is_unschedulable()
    {
        var term = new ClusterAffinityTerm { AffinityName = "primary", ClusterNames = ["a"], OverflowAffinities = [new OverflowAffinityTerm { AffinityName = "burst", ClusterNames = ["b"] }] };

        var outcome = Schedule(Spec(Groups(DynamicWeight().ReplicaScheduling, term), 20), Clusters);

        Assert.Equal(SchedulingErrorKind.Unschedulable, outcome.Error!.Kind);
        Assert.Equal("failed to assign replicas: Clusters available replicas are not enough to schedule.", outcome.Error.Message);
    }

    private static string ShowInOrder(ScheduleOutcome outcome)
    {
        // The outcome is sorted by name; check tiering through the totals instead.
        var byName = outcome.Clusters!.ToDictionary(c => c.Name, c => c.Replicas);
        return $"a:{byName.GetValueOrDefault("a")},c:{byName.GetValueOrDefault("c")},b:{byName.GetValueOrDefault("b")}";
    }
}
