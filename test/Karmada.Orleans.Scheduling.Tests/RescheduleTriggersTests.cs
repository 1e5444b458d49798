using static Karmada.Orleans.Scheduling.Tests.Fixtures;

namespace Karmada.Orleans.Scheduling.Tests;

public sealed class RescheduleTriggersTests
{
    private static readonly Placement Divided = StaticWeights(("m1", 1), ("m2", 1)) with { ClusterAffinity = Names("m1", "m2") };

    private static ResourceBinding Binding(Placement placement, int replicas, TargetCluster[]? clusters, string? applied, ResourceBindingStatus? status = null)
        => new()
        {
            Metadata = new ObjectMeta
            {
                Name = "nginx-deployment",
                Namespace = "default",
                Annotations = applied is null ? null : new Dictionary<string, string> { [KarmadaAnnotations.AppliedPlacement] = applied },
            },
            Spec = Spec(placement, replicas, clusters: clusters),
            Status = status,
        };

    private static RescheduleReason Evaluate(ResourceBinding binding, params Cluster[] clusters)
        => RescheduleTriggers.Evaluate(binding, clusters.Length == 0 ? [Cluster("m1"), Cluster("m2")] : clusters).Reason;

    [Fact]
    public void A_never_scheduled_binding_has_a_changed_placement()
    {
        Assert.Equal(RescheduleReason.PlacementChanged, Evaluate(Binding(Divided, 2, null, applied: null)));
    }

    [Fact]
    public void A_scheduled_binding_in_balance_needs_nothing()
    {
        var decision = RescheduleTriggers.Evaluate(Binding(Divided, 2, Targets(("m1", 1), ("m2", 1)), KarmadaJson.Serialize(Divided)), [Cluster("m1"), Cluster("m2")]);

        Assert.Equal(RescheduleReason.None, decision.Reason);
        Assert.False(decision.ShouldSchedule);
        Assert.Null(decision.ScheduleType);
    }

    [Fact]
    public void Changing_tolerations_spread_or_replica_scheduling_changes_the_placement()
    {
        var applied = KarmadaJson.Serialize(Divided);
        var tolerations = Divided with { ClusterTolerations = [new Toleration { Key = "k", Operator = "Exists" }] };
        var affinity = Divided with { ClusterAffinity = Names("m1") };
        var spread = Divided with { SpreadConstraints = [new SpreadConstraint { SpreadByField = "cluster", MinGroups = 1, MaxGroups = 1 }] };

        Assert.True(RescheduleTriggers.PlacementChanged(tolerations, applied, null));
        Assert.True(RescheduleTriggers.PlacementChanged(affinity, applied, null));
        Assert.True(RescheduleTriggers.PlacementChanged(spread, applied, null));
        Assert.True(RescheduleTriggers.PlacementChanged(Duplicated(Names("m1", "m2")), applied, null));
        Assert.False(RescheduleTriggers.PlacementChanged(Divided, applied, null));
    }

    [Fact]
    public void Placement_comparison_is_semantic_and_an_unreadable_annotation_changes_nothing()
    {
        var placement = new Placement { ClusterAffinity = new ClusterAffinity { LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["a"] = "1", ["b"] = "2" } } } };

        Assert.False(RescheduleTriggers.PlacementChanged(placement, """{"clusterAffinity":{"labelSelector":{"matchLabels":{"b":"2","a":"1"}}}}""", null));
        Assert.False(RescheduleTriggers.PlacementChanged(placement, "{not json", null));
        Assert.True(RescheduleTriggers.PlacementChanged(placement, "", null));
    }

    [Fact]
    public void Only_the_observed_cluster_affinities_term_matters()
    {
        var before = new Placement { ClusterAffinities = [new ClusterAffinityTerm { AffinityName = "a", ClusterNames = ["m1"] }, new ClusterAffinityTerm { AffinityName = "b", ClusterNames = ["m2"] }] };
        var otherTermChanged = before with { ClusterAffinities = [before.ClusterAffinities![0], new ClusterAffinityTerm { AffinityName = "b", ClusterNames = ["m3"] }] };
        var observedTermChanged = before with { ClusterAffinities = [new ClusterAffinityTerm { AffinityName = "a", ClusterNames = ["m9"] }, before.ClusterAffinities[1]] };
        var applied = KarmadaJson.Serialize(before);

        Assert.False(RescheduleTriggers.PlacementChanged(otherTermChanged, applied, "a"));
        Assert.True(RescheduleTriggers.PlacementChanged(observedTermChanged, applied, "a"));
        Assert.True(RescheduleTriggers.PlacementChanged(otherTermChanged, applied, null));
        Assert.True(RescheduleTriggers.PlacementChanged(otherTermChanged, applied, "gone"));
    }

    [Theory]
    [InlineData(3, "m1:1,m2:1", true)]
    [InlineData(2, "m1:1,m2:1", false)]
    [InlineData(2, "m1:2", false)]
    [InlineData(2, "m1:1", true)]
    public void Divided_replicas_change_when_the_targets_do_not_add_up(int replicas, string targets, bool changed)
    {
        var clusters = targets.Split(',').Select(t => t.Split(':')).Select(p => new TargetCluster { Name = p[0], Replicas = int.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture) }).ToArray();
        var binding = Binding(Divided, replicas, clusters, KarmadaJson.Serialize(Divided));

        Assert.Equal(changed, RescheduleTriggers.ReplicasChanged(binding.Spec));
        Assert.Equal(changed ? RescheduleReason.ReplicasChanged : RescheduleReason.None, Evaluate(binding));
        Assert.Equal(changed ? "ScaleSchedule" : null, RescheduleTriggers.Evaluate(binding, [Cluster("m1"), Cluster("m2")]).ScheduleType);
    }

    [Fact]
    public void Duplicated_replicas_change_when_any_target_differs_and_duplicated_is_always_scheduled()
    {
        var placement = Duplicated(Names("m1", "m2"));
        var applied = KarmadaJson.Serialize(placement);

        Assert.Equal(RescheduleReason.ReplicasChanged, Evaluate(Binding(placement, 3, Targets(("m1", 3), ("m2", 2)), applied)));
        Assert.Equal(RescheduleReason.DuplicatedOrNonWorkload, Evaluate(Binding(placement, 3, Targets(("m1", 3), ("m2", 3)), applied)));
        Assert.Equal(RescheduleReason.DuplicatedOrNonWorkload, Evaluate(Binding(new Placement(), 3, Targets(("m1", 3)), KarmadaJson.Serialize(new Placement()))));
    }

    [Fact]
    public void Non_workloads_are_always_scheduled()
    {
        Assert.Equal(RescheduleReason.DuplicatedOrNonWorkload, Evaluate(Binding(Divided, 0, Targets(("m1", 0)), KarmadaJson.Serialize(Divided))));
    }

    [Fact]
    public void A_newer_reschedule_trigger_asks_for_a_fresh_schedule()
    {
        var binding = Binding(Divided, 2, Targets(("m1", 1), ("m2", 1)), KarmadaJson.Serialize(Divided), new ResourceBindingStatus { LastScheduledTime = Now });

        var triggered = binding with { Spec = binding.Spec with { RescheduleTriggeredAt = Now.AddSeconds(1) } };
        var old = binding with { Spec = binding.Spec with { RescheduleTriggeredAt = Now } };

        Assert.Equal(RescheduleReason.RescheduleTriggered, Evaluate(triggered));
        Assert.True(RescheduleTriggers.Evaluate(triggered, [Cluster("m1")]).IsFresh);
        Assert.Equal(RescheduleReason.None, Evaluate(old));
        Assert.False(RescheduleTriggers.RescheduleRequired(Now, null));
        Assert.False(RescheduleTriggers.RescheduleRequired(null, Now));
    }

    [Fact]
    public void A_deleting_or_vanished_target_cluster_triggers_a_reschedule()
    {
        var binding = Binding(Divided, 2, Targets(("m1", 1), ("m2", 1)), KarmadaJson.Serialize(Divided));

        Assert.Equal(RescheduleReason.TargetClusterDeleting, Evaluate(binding, Cluster("m1"), Cluster("m2", deleting: true)));
        Assert.Equal(RescheduleReason.TargetClusterDeleting, Evaluate(binding, Cluster("m1")));
        Assert.Equal(RescheduleReason.None, Evaluate(binding, Cluster("m1"), Cluster("m2"), Cluster("m3", deleting: true)));
    }

    [Fact]
    public void Deleting_or_suspended_bindings_are_left_alone()
    {
        var binding = Binding(Divided, 2, null, applied: null);

        Assert.Equal(RescheduleReason.BindingDeleting, Evaluate(binding with { Metadata = binding.Metadata with { DeletionTimestamp = Now } }));
        Assert.Equal(RescheduleReason.SchedulingSuspended, Evaluate(binding with { Spec = binding.Spec with { Suspension = new BindingSuspension { Scheduling = true } } }));
    }

    [Fact]
    public void Cluster_events_requeue_bindings_whose_affinity_matches_before_or_after()
    {
        var prodAffinity = new Placement { ClusterAffinity = new ClusterAffinity { LabelSelector = new LabelSelector { MatchLabels = new Dictionary<string, string> { ["env"] = "prod" } } } };
        var spec = Spec(prodAffinity, 1);
        var dev = Cluster("m1", labels: new Dictionary<string, string> { ["env"] = "dev" });
        var prod = Cluster("m1", labels: new Dictionary<string, string> { ["env"] = "prod" });
        var devTainted = dev with { Spec = dev.Spec with { Taints = [new Taint { Key = "k", Effect = "NoSchedule" }] } };
        var devStatusOnly = dev with { Status = dev.Status! with { KubernetesVersion = "v1.30.0" } };

        Assert.True(RescheduleTriggers.ClusterChangeAffects(dev, prod, spec, null));
        Assert.True(RescheduleTriggers.ClusterChangeAffects(prod, dev, spec, null));
        Assert.False(RescheduleTriggers.ClusterChangeAffects(dev, devTainted, spec, null));
        Assert.False(RescheduleTriggers.ClusterChangeAffects(dev, devStatusOnly, spec, null));
        Assert.False(RescheduleTriggers.ClusterChangeAffects(null, prod, spec, null));
        Assert.True(RescheduleTriggers.ClusterChangeAffects(prod, null, spec, null));
        Assert.True(RescheduleTriggers.ClusterChangeAffects(prod, prod with { Metadata = prod.Metadata with { DeletionTimestamp = Now } }, spec, null));
        Assert.True(RescheduleTriggers.ClusterChangeAffects(dev, devTainted, Spec(new Placement(), 1), null));
        Assert.True(RescheduleTriggers.ClusterChangeAffects(dev, devTainted, spec with { Clusters = Targets(("m1", 1)) }, null));
    }

    [Fact]
    public void Cluster_events_use_the_observed_affinity_term_and_its_overflow()
    {
        var placement = new Placement
        {
            ClusterAffinities =
            [
                new ClusterAffinityTerm { AffinityName = "a", ClusterNames = ["m1"], OverflowAffinities = [new OverflowAffinityTerm { AffinityName = "o", ClusterNames = ["m2"] }] },
                new ClusterAffinityTerm { AffinityName = "b", ClusterNames = ["m3"] },
            ],
        };
        var spec = Spec(placement, 1);
        Cluster Relabel(string name) => Cluster(name, labels: new Dictionary<string, string> { ["x"] = "y" });

        Assert.True(RescheduleTriggers.ClusterChangeAffects(Cluster("m2"), Relabel("m2"), spec, new ResourceBindingStatus { SchedulerObservedAffinityName = "a" }));
        Assert.False(RescheduleTriggers.ClusterChangeAffects(Cluster("m3"), Relabel("m3"), spec, new ResourceBindingStatus { SchedulerObservedAffinityName = "a" }));
        Assert.True(RescheduleTriggers.ClusterChangeAffects(Cluster("m3"), Relabel("m3"), spec, new ResourceBindingStatus { SchedulerObservedAffinityName = "b" }));
    }
}
