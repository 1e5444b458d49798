using static Karmada.Orleans.Scheduling.Tests.Fixtures;

namespace Karmada.Orleans.Scheduling.Tests;

public sealed class PluginTests
{
    private static readonly Taint GpuNoSchedule = new() { Key = "dedicated", Value = "gpu", Effect = TaintEffect.NoSchedule };
    private static readonly Taint NotReadyNoExecute = new() { Key = KarmadaTaints.NotReady, Effect = TaintEffect.NoExecute };
    private static readonly Taint SoftPrefer = new() { Key = "soft", Effect = TaintEffect.PreferNoSchedule };

    [Fact]
    public void Registry_has_Karmadas_in_tree_plugin_names()
    {
        Assert.Equal(
            ["APIEnablement", "TaintToleration", "ClusterAffinity", "SpreadConstraint", "ClusterLocality", "ClusterEviction"],
            PluginRegistry.InTree.Names);
        Assert.Equal(["APIEnablement", "TaintToleration", "ClusterAffinity", "SpreadConstraint", "ClusterEviction"], PluginRegistry.InTree.FilterPlugins.Select(p => p.Name));
        Assert.Equal(["ClusterAffinity", "ClusterLocality"], PluginRegistry.InTree.ScorePlugins.Select(p => p.Name));
    }

    [Fact]
    public void Registry_selects_plugins_like_the_plugins_flag()
    {
        Assert.DoesNotContain("ClusterLocality", PluginRegistry.InTree.Select("*", "-ClusterLocality").Names);
        Assert.Equal(["TaintToleration"], PluginRegistry.InTree.Select("TaintToleration").Names);
        Assert.Throws<ArgumentException>(() => PluginRegistry.InTree.Select("NoSuchPlugin"));
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(false, null, false)]
    [InlineData(false, "member1", true)]
    public void APIEnablement_requires_the_kind_unless_already_scheduled_there(bool served, string? scheduledOn, bool fits)
    {
        var spec = Spec(new Placement(), clusters: scheduledOn is null ? null : Targets((scheduledOn, 1)));
        var result = new ApiEnablementPlugin().Filter(Context(spec), Cluster("member1", deployments: served));

        Assert.Equal(fits, result.IsSuccess);
        Assert.Equal(fits ? null : "cluster(s) did not have the API resource", result.Reason);
    }

    [Fact]
    public void APIEnablement_matches_group_version_and_kind()
    {
        var cluster = Cluster("member1");

        Assert.True(ApiEnablementPlugin.IsApiEnabled(cluster, "apps/v1", "Deployment"));
        Assert.False(ApiEnablementPlugin.IsApiEnabled(cluster, "apps/v1", "StatefulSet"));
        Assert.False(ApiEnablementPlugin.IsApiEnabled(cluster, "extensions/v1beta1", "Deployment"));
    }

    public static TheoryData<string, Taint[], Toleration[], string?> TaintCases => new()
    {
        { "untolerated NoSchedule", [GpuNoSchedule], [], "cluster(s) had untolerated taint {dedicated=gpu:NoSchedule}" },
        { "untolerated NoExecute", [NotReadyNoExecute], [], "cluster(s) had untolerated taint {cluster.karmada.io/not-ready:NoExecute}" },
        { "PreferNoSchedule is ignored", [SoftPrefer], [], null },
        { "tolerated by Exists", [GpuNoSchedule], [new Toleration { Key = "dedicated", Operator = "Exists" }], null },
        { "tolerated by Equal", [GpuNoSchedule], [new Toleration { Key = "dedicated", Operator = "Equal", Value = "gpu", Effect = "NoSchedule" }], null },
        { "first untolerated taint is reported", [SoftPrefer, GpuNoSchedule, NotReadyNoExecute], [new Toleration { Key = "dedicated", Operator = "Exists" }], "cluster(s) had untolerated taint {cluster.karmada.io/not-ready:NoExecute}" },
        { "no taints", [], [], null },
    };

    [Theory]
    [MemberData(nameof(TaintCases))]
    public void TaintToleration_filters_untolerated_NoSchedule_and_NoExecute(string name, Taint[] taints, Toleration[] tolerations, string? reason)
    {
        var spec = Spec(new Placement { ClusterTolerations = tolerations });
        var result = new TaintTolerationPlugin().Filter(Context(spec), Cluster("member1", taints: taints));

        Assert.True(result.Reason == reason, $"{name}: {result.Reason}");
        Assert.Equal(reason is null, result.IsSuccess);
    }

    [Fact]
    public void TaintToleration_lets_current_targets_stay()
    {
        var spec = Spec(new Placement(), clusters: Targets(("member1", 1)));

        Assert.True(new TaintTolerationPlugin().Filter(Context(spec), Cluster("member1", taints: [GpuNoSchedule])).IsSuccess);
    }

    [Fact]
    public void ClusterAffinity_filters_by_clusterAffinity_and_scores_zero()
    {
        var plugin = new ClusterAffinityPlugin();
        var context = Context(Spec(new Placement { ClusterAffinity = Names("member1") }));

        Assert.True(plugin.Filter(context, Cluster("member1")).IsSuccess);
        Assert.Equal("cluster(s) did not match the placement cluster affinity constraint", plugin.Filter(context, Cluster("member2")).Reason);
        Assert.True(plugin.Filter(Context(Spec(new Placement())), Cluster("any")).IsSuccess);
        Assert.Equal(0, plugin.Score(context, Cluster("member1")));
    }

    [Fact]
    public void ClusterAffinity_uses_the_observed_term_and_its_overflow_affinities()
    {
        var placement = new Placement
        {
            ClusterAffinities =
            [
                new ClusterAffinityTerm { AffinityName = "primary", ClusterNames = ["a"], OverflowAffinities = [new OverflowAffinityTerm { AffinityName = "burst", ClusterNames = ["b"] }] },
                new ClusterAffinityTerm { AffinityName = "backup", ClusterNames = ["c"] },
            ],
        };
        var primary = Context(Spec(placement), new ResourceBindingStatus { SchedulerObservedAffinityName = "primary" });
        var backup = Context(Spec(placement), new ResourceBindingStatus { SchedulerObservedAffinityName = "backup" });
        var plugin = new ClusterAffinityPlugin();

        Assert.Equal([true, true, false], new[] { "a", "b", "c" }.Select(n => plugin.Filter(primary, Cluster(n)).IsSuccess));
        Assert.Equal([false, false, true], new[] { "a", "b", "c" }.Select(n => plugin.Filter(backup, Cluster(n)).IsSuccess));
        Assert.Equal(0, ClusterAffinityPlugin.OverflowTier(placement.ClusterAffinities[0], Cluster("a")));
        Assert.Equal(1, ClusterAffinityPlugin.OverflowTier(placement.ClusterAffinities[0], Cluster("b")));
        Assert.Equal(-1, ClusterAffinityPlugin.OverflowTier(placement.ClusterAffinities[0], Cluster("c")));
    }

    [Theory]
    [InlineData("provider", "cluster(s) did not have provider property")]
    [InlineData("region", "cluster(s) did not have region property")]
    [InlineData("zone", "cluster(s) did not have zones property")]
    [InlineData("cluster", null)]
    public void SpreadConstraint_requires_the_spread_property(string field, string? reason)
    {
        var context = Context(Spec(new Placement { SpreadConstraints = [new SpreadConstraint { SpreadByField = field, MinGroups = 1, MaxGroups = 2 }] }));
        var plugin = new SpreadConstraintPlugin();

        Assert.Equal(reason, plugin.Filter(context, Cluster("bare")).Reason);
        Assert.True(plugin.Filter(context, Cluster("full", provider: "aws", region: "us", zones: ["us-1"])).IsSuccess);
    }

    [Fact]
    public void ClusterEviction_filters_clusters_being_evicted()
    {
        var spec = Spec(new Placement(), evictions: [new GracefulEvictionTask { FromCluster = "member1", Reason = "TaintUntolerated", Producer = "TaintManager" }]);
        var plugin = new ClusterEvictionPlugin();

        Assert.Equal("cluster(s) is in the process of eviction", plugin.Filter(Context(spec), Cluster("member1")).Reason);
        Assert.True(plugin.Filter(Context(spec), Cluster("member2")).IsSuccess);
    }

    [Fact]
    public void ClusterLocality_scores_current_targets_highest()
    {
        var context = Context(Spec(new Placement(), clusters: Targets(("member1", 2))));
        var plugin = new ClusterLocalityPlugin();

        Assert.Equal(100, plugin.Score(context, Cluster("member1")));
        Assert.Equal(0, plugin.Score(context, Cluster("member2")));
    }
}
