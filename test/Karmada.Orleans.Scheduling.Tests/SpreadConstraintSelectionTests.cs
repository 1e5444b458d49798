using static Karmada.Orleans.Scheduling.Tests.Fixtures;

namespace Karmada.Orleans.Scheduling.Tests;

public sealed class SpreadConstraintSelectionTests
{
    private static SpreadConstraint ByCluster(int min, int max) => new() { SpreadByField = SpreadByField.Cluster, MinGroups = min, MaxGroups = max };

    private static SpreadConstraint ByRegion(int min, int max) => new() { SpreadByField = SpreadByField.Region, MinGroups = min, MaxGroups = max };

    private static ClusterDetail Detail(string name, long score, long available, string? region = null)
        => new() { Cluster = Cluster(name, region: region), Name = name, Score = score, Allocatable = available, AvailableReplicas = available };

    private static string Select(Placement placement, int replicas, params ClusterDetail[] ordered)
    {
        var spec = Spec(PlacementDefaults.Apply(placement), replicas);
        var error = ClusterSelector.Select(ordered, spec, out var selected);
        return error is null ? string.Join(",", selected.Select(c => c.Name)) : "error: " + error.Message;
    }

    [Fact]
    public void By_cluster_swaps_in_capacity_when_the_best_clusters_cannot_carry_the_replicas()
    {
        // Karmada's own example: the two best clusters hold 70 < 80, so member3 replaces member2.
        var placement = DynamicWeight() with { SpreadConstraints = [ByCluster(1, 2)] };

        Assert.Equal("member1,member3", Select(placement, 80, Detail("member1", 60, 40), Detail("member2", 50, 30), Detail("member3", 40, 60)));
        Assert.Equal("member1,member2", Select(placement, 70, Detail("member1", 60, 40), Detail("member2", 50, 30), Detail("member3", 40, 60)));
    }

    [Fact]
    public void By_cluster_fails_when_no_swap_finds_enough_capacity()
    {
        var placement = DynamicWeight() with { SpreadConstraints = [ByCluster(1, 2)] };

        Assert.Equal("error: no enough resource when selecting 2 clusters", Select(placement, 200, Detail("a", 0, 40), Detail("b", 0, 30), Detail("c", 0, 60)));
    }

    [Fact]
    public void By_cluster_needs_min_groups()
    {
        var placement = DynamicWeight() with { SpreadConstraints = [ByCluster(3, 3)] };

        Assert.Equal("error: the number of feasible clusters is less than spreadConstraint.MinGroups", Select(placement, 1, Detail("a", 0, 40), Detail("b", 0, 30)));
    }

    [Fact]
    public void Duplicated_selection_ignores_capacity()
    {
        var placement = Duplicated() with { SpreadConstraints = [ByCluster(1, 2)] };

        Assert.Equal("a,b", Select(placement, 1000, Detail("a", 100, 1), Detail("b", 0, 1), Detail("c", 0, 500)));
    }

    [Fact]
    public void Static_weights_ignore_spread_constraints()
    {
        var placement = StaticWeights(("a", 1)) with { SpreadConstraints = [ByCluster(1, 1)] };

        Assert.Equal("a,b,c", Select(placement, 3, Detail("a", 0, 1), Detail("b", 0, 1), Detail("c", 0, 1)));
        Assert.True(ClusterSelector.IgnoresSpreadConstraints(PlacementDefaults.Apply(new Placement { ReplicaScheduling = new ReplicaSchedulingStrategy() })));
        Assert.False(ClusterSelector.IgnoresSpreadConstraints(DynamicWeight()));
        Assert.False(ClusterSelector.IgnoresSpreadConstraints(Duplicated()));
    }

    [Fact]
    public void Only_provider_or_zone_constraints_cannot_select()
    {
        var placement = DynamicWeight() with { SpreadConstraints = [new SpreadConstraint { SpreadByField = SpreadByField.Zone, MinGroups = 1, MaxGroups = 2 }] };

        Assert.Equal("error: just support cluster and region spread constraint", Select(placement, 1, Detail("a", 0, 1)));
    }

    [Fact]
    public void By_region_picks_the_best_regions_then_their_best_clusters()
    {
        // R1 {a:10, b:5} and R2 {c:8} can each carry their share (3 of 6); R3 {d:1} cannot.
        var placement = DynamicWeight() with { SpreadConstraints = [ByRegion(2, 2), ByCluster(2, 3)] };

        var selected = Select(placement, 6,
            Detail("a", 0, 10, "r1"), Detail("c", 0, 8, "r2"), Detail("b", 0, 5, "r1"), Detail("d", 0, 1, "r3"));

        Assert.Equal("a,c,b", selected);
    }

    [Fact]
    public void By_region_without_a_cluster_constraint_takes_one_cluster_per_region()
    {
        var placement = DynamicWeight() with { SpreadConstraints = [ByRegion(2, 2)] };

        Assert.Equal("a,c", Select(placement, 6, Detail("a", 0, 10, "r1"), Detail("c", 0, 8, "r2"), Detail("b", 0, 5, "r1")));
    }

    [Fact]
    public void By_region_needs_enough_regions_and_clusters()
    {
        var tooFewRegions = DynamicWeight() with { SpreadConstraints = [ByRegion(3, 3), ByCluster(1, 5)] };
        var tooFewClusters = DynamicWeight() with { SpreadConstraints = [ByRegion(1, 2), ByCluster(4, 5)] };

        Assert.Equal("error: the number of feasible region is less than spreadConstraint.MinGroups", Select(tooFewRegions, 1, Detail("a", 0, 1, "r1"), Detail("b", 0, 1, "r2")));
        Assert.Equal("error: the number of clusters is less than the cluster spreadConstraint.MinGroups", Select(tooFewClusters, 1, Detail("a", 0, 1, "r1"), Detail("b", 0, 1, "r2"), Detail("c", 0, 1, "r2")));
    }

    [Fact]
    public void By_region_prefers_regions_that_can_hold_duplicated_replicas()
    {
        // Duplicated: a region scores 1000 per cluster able to hold all replicas.
        var placement = Duplicated() with { SpreadConstraints = [ByRegion(1, 1)] };

        Assert.Equal("c", Select(placement, 5, Detail("a", 0, 2, "r1"), Detail("b", 0, 3, "r1"), Detail("c", 0, 9, "r2")));
    }

    [Fact]
    public void Spread_errors_surface_through_the_scheduler()
    {
        var placement = DynamicWeight() with { SpreadConstraints = [ByCluster(3, 3)] };

        Assert.Equal(
            "error: failed to select clusters: the number of feasible clusters is less than spreadConstraint.MinGroups",
            Show(Schedule(Spec(placement, replicas: 2), Cluster("a"), Cluster("b"))));
        Assert.Equal("SchedulerError", Schedule(Spec(placement, replicas: 2), Cluster("a")).Error!.ConditionReason);
    }

    [Fact]
    public void Spread_by_provider_filters_clusters_without_a_provider()
    {
        var placement = Duplicated() with { SpreadConstraints = [new SpreadConstraint { SpreadByField = SpreadByField.Provider, MinGroups = 1, MaxGroups = 1 }, ByCluster(1, 5)] };

        Assert.Equal("a:1,b:1", Show(Schedule(Spec(placement, replicas: 1), Cluster("a", provider: "aws"), Cluster("b", provider: "gcp"), Cluster("c"))));
        Assert.Equal(
            "error: 0/1 clusters are available: 1 cluster(s) did not have provider property.",
            Show(Schedule(Spec(placement, replicas: 1), Cluster("c"))));
    }

    [Fact]
    public void Candidates_are_ordered_by_score_then_capacity_then_name()
    {
        // Locality (already scheduled on c) outranks capacity; capacity outranks names.
        var placement = Duplicated() with { SpreadConstraints = [ByCluster(1, 2)] };
        var spec = Spec(placement, replicas: 1, clusters: Targets(("c", 1)));

        Assert.Equal("b:1,c:1", Show(Schedule(spec, Cluster("a", cpu: 5), Cluster("b", cpu: 50), Cluster("c", cpu: 1), Cluster("d", cpu: 5))));
    }
}
